import { improvementActions } from '@tks/db/schema';
import { describe, expect, it } from 'vitest';
import { buildTestApp, insertCoalition, insertOrganisation } from '../../../test/helper';

describe('GET /api/coalitions', () => {
  it('lists active coalitions by name and leaves archived ones out', async () => {
    const { app, db } = await buildTestApp();
    insertCoalition(db, { slug: 'zuiderstad', name: 'Coalitie Zuiderstad', municipality: 'Zuiderstad' });
    insertCoalition(db, { slug: 'avondstad', name: 'Coalitie Avondstad', municipality: 'Avondstad' });
    insertCoalition(db, { slug: 'oud', name: 'Coalitie Oud', municipality: 'Oud', archivedAt: '2025-01-01T00:00:00Z' });
    const response = await app.inject({ method: 'GET', url: '/api/coalitions' });
    expect(response.statusCode).toBe(200);
    expect(response.json().coalitions.map((c: { slug: string }) => c.slug)).toEqual(['avondstad', 'zuiderstad']);
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
    const response = await app.inject({ method: 'GET', url: '/api/coalitions/teststad' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: 'teststad',
      name: 'Coalitie Kansrijke Start Teststad',
      minGroupSize: 5,
      counts: { organisations: 2, indicators: 0, rounds: 0, responses: 0, openActions: 1 },
      latestQuarter: null,
    });
  });

  it('answers 404 in Dutch, or English when asked, for an unknown coalition', async () => {
    const { app } = await buildTestApp();
    const nl = await app.inject({ method: 'GET', url: '/api/coalitions/nergens' });
    expect(nl.statusCode).toBe(404);
    expect(nl.json()).toEqual({ statusCode: 404, code: 'coalition_not_found', message: 'Deze coalitie bestaat niet.' });
    const en = await app.inject({
      method: 'GET',
      url: '/api/coalitions/nergens',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().message).toBe('This coalition does not exist.');
  });

  it('rejects a malformed slug with a field error', async () => {
    const { app } = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/coalitions/Not_A_Slug' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fieldErrors[0].path).toBe('params.slug');
  });
});

describe('GET /api/coalitions/:slug/organisations', () => {
  it('lists only the organisations of that coalition', async () => {
    const { app, db } = await buildTestApp();
    const mine = insertCoalition(db);
    const other = insertCoalition(db, { slug: 'elders', name: 'Coalitie Elders', municipality: 'Elders' });
    insertOrganisation(db, mine.id, 'JGZ Teststad', 'social');
    insertOrganisation(db, other.id, 'JGZ Elders', 'social');
    const response = await app.inject({ method: 'GET', url: '/api/coalitions/teststad/organisations' });
    expect(response.json().organisations).toEqual([
      { id: expect.any(Number), name: 'JGZ Teststad', shortName: null, domain: 'social', kind: null },
    ]);
  });
});
