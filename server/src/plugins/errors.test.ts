import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from '../../test/helper';
import type { App } from '../app';
import { access } from '../features/auth/access';

function addFailingRoutes(app: App) {
  app.get('/api/test/crash', { config: { access: access.public } }, async () => {
    throw new Error('SQLITE_CONSTRAINT: secret table internals at /srv/app.ts:12');
  });
  app.post(
    '/api/test/echo',
    {
      config: { access: access.public, csrf: false },
      schema: { body: z.object({ name: z.string().min(2), age: z.number().int().min(0) }) },
    },
    async (request) => request.body,
  );
}

describe('error handling', () => {
  it('hides the details of an unexpected error behind a generic 500 in Dutch', async () => {
    const { app } = await buildTestApp();
    addFailingRoutes(app);
    const response = await app.inject({ method: 'GET', url: '/api/test/crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      statusCode: 500,
      code: 'internal_error',
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    });
    expect(response.body).not.toMatch(/SQLITE|secret|app\.ts|stack/i);
  });

  it('lists every invalid field, in the language the caller asks for', async () => {
    const { app } = await buildTestApp();
    addFailingRoutes(app);
    const payload = { name: 'x', age: 'old' };
    const dutch = await app.inject({ method: 'POST', url: '/api/test/echo', payload });
    expect(dutch.statusCode).toBe(400);
    const nl = dutch.json();
    expect(nl.code).toBe('validation_failed');
    expect(nl.message).toMatch(/niet geldig/);
    expect(nl.fieldErrors.map((f: { path: string }) => f.path).sort()).toEqual(['body.age', 'body.name']);

    const english = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    const en = english.json();
    expect(en.message).toMatch(/not valid/);
    expect(en.fieldErrors).toHaveLength(2);
    expect(en.fieldErrors[0].message).not.toBe(nl.fieldErrors[0].message);
  });

  it('answers malformed JSON with a 400 in the same shape', async () => {
    const { app } = await buildTestApp();
    addFailingRoutes(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, code: 'bad_request' });
  });

  it('refuses a body over the limit with 413', async () => {
    const { app } = await buildTestApp({ bodyLimit: 100 });
    addFailingRoutes(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { name: 'x'.repeat(500), age: 1 },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const { app } = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      code: 'route_not_found',
      message: 'Deze API-route bestaat niet.',
    });
  });
});
