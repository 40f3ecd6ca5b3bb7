import { outboxMessages } from '@tks/db/schema';
import { describe, expect, it } from 'vitest';
import { browserFor, buildTestApp, injectAs, insertCoalition, insertUser } from '../../../test/helper';

describe('POST /api/admin/coalitions', () => {
  it('creates a coalition and invites its first coordinator', async () => {
    const { app, db } = await buildTestApp();
    const admin = insertUser(db, { email: 'admin@test.example', isPlatformAdmin: true });
    const browser = await browserFor(app, admin.id);
    const created = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/admin/coalitions',
      payload: {
        slug: 'nieuwstad',
        name: 'Coalitie Nieuwstad',
        municipality: 'Nieuwstad',
        coordinatorEmail: 'co@nieuwstad.example',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: 'nieuwstad', name: 'Coalitie Nieuwstad' });
    const [mail] = db.select().from(outboxMessages).all();
    expect(mail).toMatchObject({ toAddress: 'co@nieuwstad.example', coalitionId: created.json().id });
    expect(mail?.bodyText).toMatch(/invitation\?token=/);
    // The administrator created it but is no member: its data stays closed to them.
    expect((await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/nieuwstad' })).statusCode).toBe(403);
  });

  it('refuses a slug that is taken', async () => {
    const { app, db } = await buildTestApp();
    insertCoalition(db, { slug: 'bezet' });
    const admin = insertUser(db, { email: 'admin@test.example', isPlatformAdmin: true });
    const browser = await browserFor(app, admin.id);
    const response = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/admin/coalitions',
      payload: { slug: 'bezet', name: 'Coalitie Bezet', municipality: 'Bezet', coordinatorEmail: 'co@bezet.example' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('slug_taken');
  });
});
