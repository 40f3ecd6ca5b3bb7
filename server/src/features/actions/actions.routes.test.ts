import { auditLog, indicatorDefinitions } from '@tks/db/schema';
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
import { createImprovementAction } from './actions.service';

async function world() {
  const { app, db } = await buildTestApp();
  const coalition = insertCoalition(db);
  const wieg = insertOrganisation(db, coalition.id, 'Verloskundigenpraktijk De Wieg');
  const jgz = insertOrganisation(db, coalition.id, 'JGZ Teststad', 'social');
  const elders = insertCoalition(db, { slug: 'elders', name: 'Elders', municipality: 'Elders' });
  const ids = {
    coordinator: insertUser(db, { email: 'coordinator@test.example' }).id,
    partner: insertUser(db, { email: 'partner@test.example' }).id,
    director: insertUser(db, { email: 'director@test.example' }).id,
    otherCoordinator: insertUser(db, { email: 'coordinator@elders.example' }).id,
  };
  insertMembership(db, ids.coordinator, coalition.id, 'coordinator');
  insertMembership(db, ids.partner, coalition.id, 'partner', wieg.id);
  insertMembership(db, ids.director, coalition.id, 'director');
  insertMembership(db, ids.otherCoordinator, elders.id, 'coordinator');
  const as = {
    coordinator: await browserFor(app, ids.coordinator),
    partner: await browserFor(app, ids.partner),
    director: await browserFor(app, ids.director),
    otherCoordinator: await browserFor(app, ids.otherCoordinator),
  };
  const call = (
    who: keyof typeof as,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
    slug = 'teststad',
  ) =>
    injectAs(app, as[who], {
      method,
      url: `/api/coalitions/${slug}${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const audit = (entityId: number) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'improvement_action'), eq(auditLog.entityId, String(entityId))))
      .all();
  return { app, db, coalition, elders, orgs: { wieg, jgz }, call, audit };
}

const action = (overrides: Record<string, unknown> = {}) => ({
  title: 'Eén aanmeldformulier',
  description: 'Alle praktijken melden met hetzelfde formulier aan.',
  component: 'informatie_delen',
  ownerName: 'Teamleider JGZ',
  dueOn: '2099-06-30',
  ...overrides,
});

describe('POST /api/coalitions/:slug/actions', () => {
  it('creates an action from a questionnaire dimension', async () => {
    const { call, audit } = await world();
    const response = await call(
      'coordinator',
      'POST',
      '/actions',
      action({ source: { kind: 'questionnaire', dimensionCode: 'd' } }),
    );
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ status: 'open', overdue: false, completedOn: null });
    expect(body.source).toMatchObject({ kind: 'questionnaire', dimensionCode: 'D', label: 'D' });
    expect(audit(body.id).map((e) => e.action)).toEqual(['create']);
  });

  it('creates actions from a mirror conversation, a meeting, an indicator and another source', async () => {
    const { call, db, coalition } = await world();
    const mirror = (
      await call('coordinator', 'POST', '/mirror-conversations', {
        heldOn: '2026-05-12',
        theme: 'Geldzorgen',
        parentsCount: 7,
        professionalsCount: 11,
      })
    ).json();
    const [indicator] = db
      .insert(indicatorDefinitions)
      .values({
        coalitionId: coalition.id,
        code: 'ZIN-01',
        nameNl: 'Late start zwangerschapszorg',
        nameEn: 'Late start of antenatal care',
        source: 'zin',
        unit: 'percent',
        direction: 'lower_better',
        component: 'meten_weten',
        frequency: 'yearly',
      } as typeof indicatorDefinitions.$inferInsert)
      .returning()
      .all();
    const sources = [
      { kind: 'mirror_conversation', mirrorConversationId: mirror.id },
      { kind: 'meeting', note: 'Coalitieoverleg maart' },
      { kind: 'indicator', indicatorId: indicator?.id },
      { kind: 'other', note: 'Signaal van de huisartsen' },
    ];
    const labels = [];
    for (const source of sources) {
      const response = await call('coordinator', 'POST', '/actions', action({ source }));
      expect(response.statusCode, source.kind).toBe(201);
      labels.push(response.json().source.label);
    }
    expect(labels).toEqual([
      'Geldzorgen',
      'Coalitieoverleg maart',
      'ZIN-01 Late start zwangerschapszorg',
      'Signaal van de huisartsen',
    ]);
  });

  it('refuses a source from another coalition', async () => {
    const { call } = await world();
    const foreign = (
      await call(
        'otherCoordinator',
        'POST',
        '/mirror-conversations',
        { heldOn: '2026-05-12', theme: 'Elders', parentsCount: 7, professionalsCount: 11 },
        'elders',
      )
    ).json();
    const response = await call(
      'coordinator',
      'POST',
      '/actions',
      action({ source: { kind: 'mirror_conversation', mirrorConversationId: foreign.id } }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('action_source_unknown');
  });

  it('validates the component, the due date and the title', async () => {
    const { call } = await world();
    const response = await call('coordinator', 'POST', '/actions', {
      title: '',
      component: 'elders',
      dueOn: '30-06-2026',
    });
    expect(
      response
        .json()
        .fieldErrors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.component', 'body.dueOn', 'body.title']);
  });

  it('keeps partners to their own organisation and directors out', async () => {
    const { call, orgs } = await world();
    const own = await call('partner', 'POST', '/actions', action());
    expect(own.json().ownerOrganisation.id).toBe(orgs.wieg.id);
    const other = await call('partner', 'POST', '/actions', action({ ownerOrganisationId: orgs.jgz.id }));
    expect(other.json().code).toBe('own_organisation_only');
    expect((await call('director', 'POST', '/actions', action())).statusCode).toBe(403);
  });

  it('is the service other features call, with the same rules', async () => {
    const { db, coalition, orgs } = await world();
    const created = createImprovementAction(
      db,
      { id: coalition.id, slug: coalition.slug, name: coalition.name, role: 'partner', organisationId: orgs.wieg.id },
      {
        title: 'Uit de vragenlijst',
        description: '',
        component: 'reflecteren',
        ownerName: null,
        dueOn: null,
        status: 'open',
        completedOn: null,
        source: { kind: 'questionnaire', roundId: null, dimensionCode: 'E' },
      },
      { userId: null, label: 'test', ip: null },
    );
    expect(created.ownerOrganisation?.id).toBe(orgs.wieg.id);
    expect(created.source.dimensionCode).toBe('E');
  });
});

describe('POST /api/coalitions/:slug/actions/:id/status', () => {
  it('closes an action with today as completion date, reopens it, and audits both', async () => {
    const { call, audit } = await world();
    const created = (await call('coordinator', 'POST', '/actions', action())).json();
    const closed = await call('coordinator', 'POST', `/actions/${created.id}/status`, { status: 'done' });
    expect(closed.json()).toMatchObject({ status: 'done', completedOn: new Date().toISOString().slice(0, 10) });
    const reopened = await call('coordinator', 'POST', `/actions/${created.id}/status`, { status: 'in_progress' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', completedOn: null });
    expect(audit(created.id).map((e) => e.action)).toEqual(['create', 'close', 'update']);
  });

  it('flags open actions past their due date, not closed ones', async () => {
    const { call } = await world();
    const late = (await call('coordinator', 'POST', '/actions', action({ dueOn: '2020-01-01' }))).json();
    expect(late.overdue).toBe(true);
    const done = (
      await call('coordinator', 'POST', `/actions/${late.id}/status`, { status: 'done', completedOn: '2020-02-01' })
    ).json();
    expect(done).toMatchObject({ overdue: false, completedOn: '2020-02-01' });
  });

  it('lets a partner close their own organisation’s action only', async () => {
    const { call, orgs } = await world();
    const theirs = (await call('coordinator', 'POST', '/actions', action({ ownerOrganisationId: orgs.jgz.id }))).json();
    const mine = (await call('partner', 'POST', '/actions', action())).json();
    expect((await call('partner', 'POST', `/actions/${theirs.id}/status`, { status: 'done' })).statusCode).toBe(403);
    expect((await call('partner', 'POST', `/actions/${mine.id}/status`, { status: 'done' })).statusCode).toBe(200);
    expect((await call('director', 'POST', `/actions/${mine.id}/status`, { status: 'open' })).statusCode).toBe(403);
  });
});

describe('PUT /api/coalitions/:slug/actions/:id and archive', () => {
  it('edits and archives an action; an archived action is not edited', async () => {
    const { call, audit } = await world();
    const created = (await call('coordinator', 'POST', '/actions', action())).json();
    const edited = await call('coordinator', 'PUT', `/actions/${created.id}`, action({ title: 'Nieuwe titel' }));
    expect(edited.json().title).toBe('Nieuwe titel');
    await call('coordinator', 'POST', `/actions/${created.id}/archive`);
    expect((await call('director', 'GET', '/actions')).json().actions).toHaveLength(0);
    expect((await call('coordinator', 'PUT', `/actions/${created.id}`, action())).statusCode).toBe(409);
    expect(audit(created.id).map((e) => e.action)).toEqual(['create', 'update', 'archive']);
  });
});

describe('/api/coalitions/:slug/obstacles', () => {
  it('collects obstacles from partners and groups them under an action', async () => {
    const { call, orgs } = await world();
    const created = await call('partner', 'POST', '/obstacles', {
      description: 'Elke praktijk gebruikt een eigen formulier.',
      reportedRole: 'verloskundige',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().organisation.id).toBe(orgs.wieg.id);
    const target = (await call('coordinator', 'POST', '/actions', action())).json();
    const grouped = await call('coordinator', 'PUT', `/obstacles/${created.json().id}`, {
      description: 'Elke praktijk gebruikt een eigen formulier.',
      reportedRole: 'verloskundige',
      improvementActionId: target.id,
    });
    expect(grouped.statusCode).toBe(200);
    // Left out, the organisation stays what it was.
    expect(grouped.json().organisation.id).toBe(orgs.wieg.id);
    const [listed] = (await call('director', 'GET', '/actions')).json().actions;
    expect(listed.obstacles.map((o: { description: string }) => o.description)).toEqual([
      'Elke praktijk gebruikt een eigen formulier.',
    ]);
    expect((await call('director', 'POST', '/obstacles', { description: 'x' })).statusCode).toBe(403);
    expect((await call('director', 'GET', '/obstacles')).json().obstacles).toHaveLength(1);
  });
});
