import type { Db } from '@tks/db/client';
import { improvementActions } from '@tks/db/schema';
import { describe, expect, it } from 'vitest';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertOrganisation,
  insertUser,
} from '../../../test/helper';
import type { App } from '../../app';

/** GET as a signed-in member of the coalition (or, without one, as a member of nothing). */
async function getAsMember(app: App, db: Db, url: string, coalitionId?: number, headers: Record<string, string> = {}) {
  const user = insertUser(db, { email: `lid${Math.random()}@test.example` });
  if (coalitionId !== undefined) insertMembership(db, user.id, coalitionId, 'director');
  return injectAs(app, await browserFor(app, user.id), { method: 'GET', url, headers });
}

describe('GET /api/coalitions', () => {
  it('lists the active coalitions a person belongs to, by name', async () => {
    const { app, db } = await buildTestApp();
    const zuid = insertCoalition(db, { slug: 'zuiderstad', name: 'Coalitie Zuiderstad', municipality: 'Zuiderstad' });
    const avond = insertCoalition(db, { slug: 'avondstad', name: 'Coalitie Avondstad', municipality: 'Avondstad' });
    insertCoalition(db, { slug: 'noord', name: 'Coalitie Noord', municipality: 'Noord' });
    const oud = insertCoalition(db, {
      slug: 'oud',
      name: 'Coalitie Oud',
      municipality: 'Oud',
      archivedAt: '2025-01-01T00:00:00Z',
    });
    const user = insertUser(db, { email: 'lid@test.example' });
    for (const c of [zuid, avond, oud]) insertMembership(db, user.id, c.id, 'partner');
    const response = await injectAs(app, await browserFor(app, user.id), { method: 'GET', url: '/api/coalitions' });
    expect(response.statusCode).toBe(200);
    expect(response.json().coalitions.map((c: { slug: string }) => c.slug)).toEqual(['avondstad', 'zuiderstad']);

    const admin = insertUser(db, { email: 'admin@test.example', isPlatformAdmin: true });
    const all = await injectAs(app, await browserFor(app, admin.id), { method: 'GET', url: '/api/coalitions' });
    expect(all.json().coalitions.map((c: { slug: string }) => c.slug)).toEqual(['avondstad', 'noord', 'zuiderstad']);
  });
});

describe('GET /api/coalitions/:slug', () => {
  it('returns the coalition with its counts and latest quarter', async () => {
    const { app, db } = await buildTestApp();
    const coalition = insertCoalition(db);
    insertOrganisation(db, coalition.id, 'Verloskundigenpraktijk Test');
    insertOrganisation(db, coalition.id, 'Sociaal Wijkteam Test', 'social');
    db.insert(improvementActions)
      .values([
        { coalitionId: coalition.id, title: 'Open', component: 'reflecteren' },
        { coalitionId: coalition.id, title: 'Klaar', component: 'reflecteren', status: 'done' },
      ])
      .run();
    const response = await getAsMember(app, db, '/api/coalitions/teststad', coalition.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: 'teststad',
      name: 'Coalitie Kansrijke Start Teststad',
      minGroupSize: 5,
      counts: { organisations: 2, indicators: 0, rounds: 0, responses: 0, openActions: 1 },
      latestQuarter: null,
    });
  });

  it('answers an unknown coalition exactly like one the caller may not see, in their language', async () => {
    const { app, db } = await buildTestApp();
    insertCoalition(db);
    const unknown = await getAsMember(app, db, '/api/coalitions/nergens');
    const notMine = await getAsMember(app, db, '/api/coalitions/teststad');
    expect(unknown.statusCode).toBe(403);
    expect(unknown.json()).toEqual({
      statusCode: 403,
      code: 'forbidden',
      message: 'U hebt geen toegang tot deze gegevens.',
    });
    expect(notMine.json()).toEqual(unknown.json());
    const en = await getAsMember(app, db, '/api/coalitions/nergens', undefined, { 'accept-language': 'en' });
    expect(en.json().message).toBe('You do not have access to this data.');
  });
});

describe('GET /api/coalitions/:slug/organisations', () => {
  it('lists only the organisations of that coalition', async () => {
    const { app, db } = await buildTestApp();
    const mine = insertCoalition(db);
    const other = insertCoalition(db, { slug: 'elders', name: 'Coalitie Elders', municipality: 'Elders' });
    insertOrganisation(db, mine.id, 'JGZ Teststad', 'social');
    insertOrganisation(db, other.id, 'JGZ Elders', 'social');
    const response = await getAsMember(app, db, '/api/coalitions/teststad/organisations', mine.id);
    expect(response.json().organisations).toEqual([
      { id: expect.any(Number), name: 'JGZ Teststad', shortName: null, domain: 'social', kind: null },
    ]);
  });
});
