import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helper';

describe('GET /api/docs', () => {
  it('serves the OpenAPI document with every API route and the shared error shape', async () => {
    const { app } = await buildTestApp();
    await app.ready();
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/coalitions',
        '/api/coalitions/{slug}',
        '/api/coalitions/{slug}/indicators',
      ]),
    );
    expect(doc.components.schemas).toHaveProperty('ApiError');
  });

  it('serves the interactive documentation page', async () => {
    const { app } = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(response.statusCode);
    const page =
      response.statusCode === 302
        ? await app.inject({ method: 'GET', url: response.headers.location as string })
        : response;
    expect(page.headers['content-type']).toMatch(/html/);
  });
});
