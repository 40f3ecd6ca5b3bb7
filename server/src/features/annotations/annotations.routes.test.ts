import type { Db } from '@tks/db/client';
import { auditLog, indicatorDefinitions } from '@tks/db/schema';
import type { CoalitionRole } from '@tks/shared/domain';
import { zAnnotation, zAnnotationList, zTrends } from '@tks/shared/schemas/thermometer';
import { and, eq } from 'drizzle-orm';
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

function insertIndicator(db: Db, coalitionId: number, code = 'JGZ-04') {
  const [row] = db
    .insert(indicatorDefinitions)
    .values({
      coalitionId,
      code,
      nameNl: code,
      nameEn: code,
      source: 'jgz',
      component: 'meten_weten',
      unit: 'percent',
      direction: 'higher_better',
      frequency: 'quarterly',
    })
    .returning()
    .all();
  if (!row) throw new Error('no indicator');
  return row;
}

async function world() {
  const { app, db } = await buildTestApp();
  const teststad = insertCoalition(db);
  const elders = insertCoalition(db, { slug: 'elders', name: 'Elders', municipality: 'Elders' });
  const org = insertOrganisation(db, teststad.id, 'JGZ');
  const person = (email: string, role: CoalitionRole, coalitionId = teststad.id) => {
    const user = insertUser(db, { email });
    insertMembership(db, user.id, coalitionId, role, role === 'partner' ? org.id : null);
    return user;
  };
  const coordinator = person('coordinator@test.example', 'coordinator');
  const partner = person('partner@test.example', 'partner');
  const director = person('director@test.example', 'director');
  const outsider = person('elders@test.example', 'coordinator', elders.id);
  const as = async (userId: number | null) => {
    const browser = await browserFor(app, userId);
    return (options: Parameters<typeof injectAs>[2]) => injectAs(app, browser, options);
  };
  return { app, db, teststad, elders, coordinator, partner, director, outsider, as };
}

const url = '/api/coalitions/teststad/annotations';

describe('POST /api/coalitions/:slug/annotations', () => {
  it('adds a note for the whole thermometer, with an audit entry, that the trends of every member show', async () => {
    const w = await world();
    const asCoordinator = await w.as(w.coordinator.id);
    const response = await asCoordinator({
      method: 'POST',
      url,
      payload: { quarter: '2026-Q2', text: '  Nieuwe verwijsroute vanaf K2  ' },
    });
    expect(response.statusCode).toBe(201);
    const created = zAnnotation.parse(response.json());
    expect(created).toMatchObject({
      quarter: '2026-Q2',
      text: 'Nieuwe verwijsroute vanaf K2',
      component: null,
      indicatorId: null,
      indicatorCode: null,
    });
    const audit = w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'annotation'), eq(auditLog.entityId, String(created.id))))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor: 'coordinator@test.example', coalitionId: w.teststad.id });

    const asDirector = await w.as(w.director.id);
    const list = zAnnotationList.parse((await asDirector({ method: 'GET', url })).json());
    expect(list.annotations.map((a) => a.text)).toEqual(['Nieuwe verwijsroute vanaf K2']);
    const trends = zTrends.parse((await asDirector({ method: 'GET', url: '/api/coalitions/teststad/trends' })).json());
    expect(trends.annotations.map((a) => a.id)).toEqual([created.id]);
  });

  it('adds a note on one indicator and names its code', async () => {
    const w = await world();
    const indicator = insertIndicator(w.db, w.teststad.id);
    const asCoordinator = await w.as(w.coordinator.id);
    const response = await asCoordinator({
      method: 'POST',
      url,
      payload: { quarter: '2026-Q1', text: 'Nieuwe meetmethode', indicatorId: indicator.id },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ indicatorId: indicator.id, indicatorCode: 'JGZ-04', component: null });
  });

  it('refuses an indicator of another coalition, both a component and an indicator, an empty text and a bad quarter', async () => {
    const w = await world();
    const foreign = insertIndicator(w.db, w.elders.id);
    const own = insertIndicator(w.db, w.teststad.id);
    const asCoordinator = await w.as(w.coordinator.id);
    const post = (payload: object) => asCoordinator({ method: 'POST', url, payload });

    const foreignResponse = await post({ quarter: '2026-Q1', text: 'x', indicatorId: foreign.id });
    expect(foreignResponse.statusCode).toBe(400);
    expect(foreignResponse.json().code).toBe('indicator_unknown');

    const both = await post({ quarter: '2026-Q1', text: 'x', indicatorId: own.id, component: 'meten_weten' });
    expect(both.statusCode).toBe(400);
    expect(both.json().fieldErrors.map((f: { path: string }) => f.path)).toContain('body.indicatorId');

    expect((await post({ quarter: '2026-Q1', text: '   ' })).statusCode).toBe(400);
    expect((await post({ quarter: '2026-Q5', text: 'x' })).statusCode).toBe(400);
    expect((await post({ quarter: '2026-Q1', text: 'x'.repeat(301) })).statusCode).toBe(400);
    expect(w.db.select().from(auditLog).where(eq(auditLog.entityType, 'annotation')).all()).toHaveLength(0);
  });
});

describe('PUT /api/coalitions/:slug/annotations/:id', () => {
  it('changes text, quarter and scope and records before and after', async () => {
    const w = await world();
    const asCoordinator = await w.as(w.coordinator.id);
    const created = (
      await asCoordinator({ method: 'POST', url, payload: { quarter: '2026-Q2', text: 'Eerst' } })
    ).json();
    const response = await asCoordinator({
      method: 'PUT',
      url: `${url}/${created.id}`,
      payload: { quarter: '2026-Q3', text: 'Daarna', component: 'reflecteren' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: created.id,
      quarter: '2026-Q3',
      text: 'Daarna',
      component: 'reflecteren',
    });
    const entry = w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'annotation'), eq(auditLog.action, 'update')))
      .get();
    expect(entry?.before).toMatchObject({ text: 'Eerst', quarter: '2026-Q2' });
    expect(entry?.after).toMatchObject({ text: 'Daarna', quarter: '2026-Q3' });
  });

  it('answers 404 for a note of another coalition and leaves it untouched', async () => {
    const w = await world();
    const asOutsider = await w.as(w.outsider.id);
    const theirs = (
      await asOutsider({
        method: 'POST',
        url: '/api/coalitions/elders/annotations',
        payload: { quarter: '2026-Q2', text: 'Van elders' },
      })
    ).json();
    const asCoordinator = await w.as(w.coordinator.id);
    const response = await asCoordinator({
      method: 'PUT',
      url: `${url}/${theirs.id}`,
      payload: { quarter: '2026-Q2', text: 'Overgenomen' },
    });
    expect(response.statusCode).toBe(404);
    const list = (await asOutsider({ method: 'GET', url: '/api/coalitions/elders/annotations' })).json();
    expect(list.annotations[0].text).toBe('Van elders');
  });
});

describe('DELETE /api/coalitions/:slug/annotations/:id', () => {
  it('archives the note: gone from the list and the trends, kept in the audit log; a second delete is 404', async () => {
    const w = await world();
    const asCoordinator = await w.as(w.coordinator.id);
    const created = (await asCoordinator({ method: 'POST', url, payload: { quarter: '2026-Q2', text: 'Weg' } })).json();
    expect((await asCoordinator({ method: 'DELETE', url: `${url}/${created.id}` })).statusCode).toBe(204);
    expect((await asCoordinator({ method: 'GET', url })).json().annotations).toEqual([]);
    const trends = (await asCoordinator({ method: 'GET', url: '/api/coalitions/teststad/trends' })).json();
    expect(trends.annotations).toEqual([]);
    const entry = w.db.select().from(auditLog).where(eq(auditLog.action, 'archive')).get();
    expect(entry).toMatchObject({ entityType: 'annotation', entityId: String(created.id) });
    expect(entry?.before).toMatchObject({ text: 'Weg' });
    expect((await asCoordinator({ method: 'DELETE', url: `${url}/${created.id}` })).statusCode).toBe(404);
  });
});

describe('who may change notes', () => {
  it('lets only the coordinator of the coalition write; members read; others are refused', async () => {
    const w = await world();
    const asCoordinator = await w.as(w.coordinator.id);
    const created = (
      await asCoordinator({ method: 'POST', url, payload: { quarter: '2026-Q2', text: 'Start' } })
    ).json();
    const cases: Array<[string, number | null, { read: number; write: number }]> = [
      ['anonymous', null, { read: 401, write: 401 }],
      ['partner', w.partner.id, { read: 200, write: 403 }],
      ['director', w.director.id, { read: 200, write: 403 }],
      ['coordinator elsewhere', w.outsider.id, { read: 403, write: 403 }],
      ['coordinator', w.coordinator.id, { read: 200, write: 201 }],
    ];
    for (const [who, userId, expected] of cases) {
      const as = await w.as(userId);
      expect((await as({ method: 'GET', url })).statusCode, `${who} reads`).toBe(expected.read);
      const post = await as({ method: 'POST', url, payload: { quarter: '2026-Q2', text: `door ${who}` } });
      expect(post.statusCode, `${who} adds`).toBe(expected.write);
      const put = await as({ method: 'PUT', url: `${url}/${created.id}`, payload: { quarter: '2026-Q2', text: who } });
      expect(put.statusCode, `${who} edits`).toBe(expected.write === 201 ? 200 : expected.write);
    }
    for (const [who, userId, expected] of cases.slice(0, 4)) {
      const as = await w.as(userId);
      expect((await as({ method: 'DELETE', url: `${url}/${created.id}` })).statusCode, `${who} removes`).toBe(
        expected.write,
      );
    }
    expect((await asCoordinator({ method: 'GET', url })).json().annotations).toHaveLength(2);
  });
});
