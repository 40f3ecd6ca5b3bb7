import { describe, expect, it } from 'vitest';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertUser,
} from '../../../test/helper';
import { recordAudit } from './audit';

describe('GET /api/coalitions/:slug/audit-log', () => {
  it('pages through this coalition’s entries newest first, with filters', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    const other = insertCoalition(db, { slug: 'elders', name: 'Elders', municipality: 'Elders' });
    const user = insertUser(db, { email: 'coordinator@test.example', name: 'Coco' });
    insertMembership(db, user.id, coalition.id, 'coordinator');
    const actor = { userId: user.id, label: user.email, ip: null };
    for (let i = 1; i <= 5; i++) {
      recordAudit(db, actor, {
        coalitionId: coalition.id,
        action: 'create',
        entityType: 'agreement',
        entityId: i,
        after: { n: i },
      });
    }
    recordAudit(db, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'round',
      entityId: 1,
      before: { a: 1 },
      after: { a: 2 },
    });
    recordAudit(db, actor, { coalitionId: other.id, action: 'create', entityType: 'agreement', entityId: 99 });
    const browser = await browserFor(app, user.id);

    const first = await injectAs(app, browser, { method: 'GET', url: '/api/coalitions/teststad/audit-log?limit=4' });
    const page1 = first.json();
    expect(page1.entries.map((e: { entityType: string }) => e.entityType)).toEqual([
      'round',
      'agreement',
      'agreement',
      'agreement',
    ]);
    expect(page1.entries[0]).toMatchObject({ userName: 'Coco', before: { a: 1 }, after: { a: 2 } });
    const second = await injectAs(app, browser, {
      method: 'GET',
      url: `/api/coalitions/teststad/audit-log?limit=4&before=${page1.nextBefore}`,
    });
    expect(second.json().entries.map((e: { entityId: string }) => e.entityId)).toEqual(['2', '1']);
    expect(second.json().nextBefore).toBeNull();

    const filtered = await injectAs(app, browser, {
      method: 'GET',
      url: '/api/coalitions/teststad/audit-log?action=update',
    });
    expect(filtered.json().entries).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    const dated = await injectAs(app, browser, {
      method: 'GET',
      url: `/api/coalitions/teststad/audit-log?from=${today}&to=${today}`,
    });
    expect(dated.json().entries).toHaveLength(6);
    const past = await injectAs(app, browser, {
      method: 'GET',
      url: '/api/coalitions/teststad/audit-log?to=2020-01-01',
    });
    expect(past.json().entries).toHaveLength(0);
  });

  it('offers no way to change or delete an entry', async () => {
    const { app } = await buildTestApp();
    const mutating = app.apiRoutes.filter((r) => r.url.includes('audit') && r.method !== 'GET');
    expect(mutating).toEqual([]);
  });
});
