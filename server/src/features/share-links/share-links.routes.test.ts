import { describe, expect, it } from 'vitest';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertUser,
} from '../../../test/helper';

describe('share links', () => {
  it('opens one quarterly report without an account until it is revoked', async () => {
    const { app, db } = await buildTestApp({ publicUrl: 'https://thermometer.example.nl/' });
    const coalition = insertCoalition(db);
    const user = insertUser(db, { email: 'coordinator@test.example' });
    insertMembership(db, user.id, coalition.id, 'coordinator');
    const coordinator = await browserFor(app, user.id);

    const created = await injectAs(app, coordinator, {
      method: 'POST',
      url: '/api/coalitions/teststad/share-links',
      payload: { quarter: '2026-Q3', label: 'Voor de gemeenteraad', expiresInDays: 14 },
    });
    expect(created.statusCode).toBe(201);
    const link = created.json();
    expect(link.url).toMatch(/^https:\/\/thermometer\.example\.nl\/shared\/[\w-]{43}$/);
    const days = (new Date(link.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);

    const token = link.url.split('/').at(-1);
    const anonymous = await app.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({ coalition: { name: coalition.name }, quarter: '2026-Q3' });

    const list = await injectAs(app, coordinator, { method: 'GET', url: '/api/coalitions/teststad/share-links' });
    expect(list.json().shareLinks).toHaveLength(1);
    expect(JSON.stringify(list.json())).not.toContain(token);

    const revoked = await injectAs(app, coordinator, {
      method: 'DELETE',
      url: `/api/coalitions/teststad/share-links/${link.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(after.statusCode).toBe(404);
    expect(after.json().code).toBe('token_invalid');
  });

  it('does not open a coalition route with a share link', async () => {
    const { app, db } = await buildTestApp();
    insertCoalition(db);
    const response = await app.inject({ method: 'GET', url: '/api/coalitions/teststad' });
    expect(response.statusCode).toBe(401);
  });
});
