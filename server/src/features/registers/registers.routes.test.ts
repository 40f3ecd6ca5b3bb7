import { auditLog } from '@tks/db/schema';
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
import { twelveMonthsBefore } from './learning.service';

/** A coalition with three organisations, a partner of the first, a coordinator and a director. */
async function world() {
  const { app, db } = await buildTestApp();
  const coalition = insertCoalition(db);
  const wieg = insertOrganisation(db, coalition.id, 'Verloskundigenpraktijk De Wieg');
  const jgz = insertOrganisation(db, coalition.id, 'JGZ Teststad', 'social');
  const gemeente = insertOrganisation(db, coalition.id, 'Gemeente Teststad', 'municipal');
  const elders = insertCoalition(db, { slug: 'elders', name: 'Elders', municipality: 'Elders' });
  const foreign = insertOrganisation(db, elders.id, 'Organisatie Elders');
  const ids = {
    coordinator: insertUser(db, { email: 'coordinator@test.example' }).id,
    partner: insertUser(db, { email: 'partner@test.example' }).id,
    jgzPartner: insertUser(db, { email: 'jgz@test.example' }).id,
    director: insertUser(db, { email: 'director@test.example' }).id,
  };
  insertMembership(db, ids.coordinator, coalition.id, 'coordinator');
  insertMembership(db, ids.partner, coalition.id, 'partner', wieg.id);
  insertMembership(db, ids.jgzPartner, coalition.id, 'partner', jgz.id);
  insertMembership(db, ids.director, coalition.id, 'director');
  const as = {
    coordinator: await browserFor(app, ids.coordinator),
    partner: await browserFor(app, ids.partner),
    jgzPartner: await browserFor(app, ids.jgzPartner),
    director: await browserFor(app, ids.director),
  };
  const call = (who: keyof typeof as, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    injectAs(app, as[who], {
      method,
      url: `/api/coalitions/teststad${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const audit = (entityType: string, entityId: number) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
      .all();
  return { app, db, coalition, orgs: { wieg, jgz, gemeente, foreign }, call, audit };
}

const agreement = (partyIds: number[], overrides: Record<string, unknown> = {}) => ({
  title: 'Aanmelding bij de JGZ',
  dataCategory: 'Naam, adres en uitgerekende datum',
  purpose: 'Tijdig een prenataal huisbezoek',
  legalBasis: 'consent',
  status: 'in_use',
  agreedOn: '2025-03-01',
  reviewOn: '2026-03-01',
  documentLinks: [{ label: 'Convenant', url: 'https://example.nl/convenant.pdf' }],
  partyIds,
  ...overrides,
});

describe('POST /api/coalitions/:slug/agreements', () => {
  it('records an agreement with its parties and documents, in the audit log', async () => {
    const { call, orgs, audit } = await world();
    const response = await call('coordinator', 'POST', '/agreements', {
      ...agreement([orgs.wieg.id, orgs.jgz.id]),
      ownerOrganisationId: orgs.jgz.id,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.parties.map((p: { name: string }) => p.name)).toEqual([
      'JGZ Teststad',
      'Verloskundigenpraktijk De Wieg',
    ]);
    expect(body.ownerOrganisation).toEqual({ id: orgs.jgz.id, name: 'JGZ Teststad' });
    expect(body.documentLinks).toEqual([{ label: 'Convenant', url: 'https://example.nl/convenant.pdf' }]);
    const [entry] = audit('sharing_agreement', body.id);
    expect(entry?.action).toBe('create');
    expect(entry?.after).toMatchObject({ title: 'Aanmelding bij de JGZ', status: 'in_use' });
  });

  it('refuses document links that are not web addresses', async () => {
    const { call, orgs } = await world();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'geen adres', 'ftp://example.nl/x']) {
      const response = await call('coordinator', 'POST', '/agreements', {
        ...agreement([orgs.wieg.id, orgs.jgz.id]),
        documentLinks: [{ label: 'Document', url }],
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().fieldErrors[0].path).toBe('body.documentLinks.0.url');
    }
  });

  it('refuses a review date before the agreed date, one party, and organisations of another coalition', async () => {
    const { call, orgs } = await world();
    const early = await call('coordinator', 'POST', '/agreements', {
      ...agreement([orgs.wieg.id, orgs.jgz.id]),
      reviewOn: '2024-01-01',
    });
    expect(early.json().fieldErrors.map((e: { path: string }) => e.path)).toEqual(['body.reviewOn']);
    const single = await call('coordinator', 'POST', '/agreements', agreement([orgs.wieg.id]));
    expect(single.statusCode).toBe(400);
    const foreign = await call('coordinator', 'POST', '/agreements', agreement([orgs.wieg.id, orgs.foreign.id]));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().code).toBe('organisation_unknown');
  });

  it('gives a partner’s agreement to their own organisation and refuses another owner', async () => {
    const { call, orgs } = await world();
    const own = await call('partner', 'POST', '/agreements', agreement([orgs.wieg.id, orgs.jgz.id]));
    expect(own.statusCode).toBe(201);
    expect(own.json().ownerOrganisation.id).toBe(orgs.wieg.id);
    const other = await call('partner', 'POST', '/agreements', {
      ...agreement([orgs.wieg.id, orgs.jgz.id]),
      ownerOrganisationId: orgs.jgz.id,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('own_organisation_only');
  });

  it('refuses directors: they read only', async () => {
    const { call, orgs } = await world();
    const response = await call('director', 'POST', '/agreements', agreement([orgs.wieg.id, orgs.jgz.id]));
    expect(response.statusCode).toBe(403);
    expect((await call('director', 'GET', '/agreements')).statusCode).toBe(200);
  });
});

describe('PUT /api/coalitions/:slug/agreements/:id', () => {
  it('lets a partner change their own organisation’s entry and refuses another’s', async () => {
    const { call, orgs, audit } = await world();
    const mine = (await call('partner', 'POST', '/agreements', agreement([orgs.wieg.id, orgs.jgz.id]))).json();
    const theirs = (await call('jgzPartner', 'POST', '/agreements', agreement([orgs.wieg.id, orgs.jgz.id]))).json();

    const changed = await call(
      'partner',
      'PUT',
      `/agreements/${mine.id}`,
      agreement([orgs.wieg.id, orgs.jgz.id, orgs.gemeente.id], { status: 'to_review' }),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json().parties).toHaveLength(3);
    const update = audit('sharing_agreement', mine.id).find((e) => e.action === 'update');
    expect(update?.before).toMatchObject({ status: 'in_use' });
    expect(update?.after).toMatchObject({ status: 'to_review' });

    const refused = await call('partner', 'PUT', `/agreements/${theirs.id}`, agreement([orgs.wieg.id, orgs.jgz.id]));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('own_organisation_only');
    expect((await call('partner', 'POST', `/agreements/${theirs.id}/archive`)).statusCode).toBe(403);
    // A coordinator changes every entry.
    expect(
      (await call('coordinator', 'PUT', `/agreements/${theirs.id}`, agreement([orgs.wieg.id, orgs.jgz.id]))).statusCode,
    ).toBe(200);
  });

  it('flags an agreement whose review date has passed', async () => {
    const { call, orgs } = await world();
    await call(
      'coordinator',
      'POST',
      '/agreements',
      agreement([orgs.wieg.id, orgs.jgz.id], { agreedOn: '2020-01-01', reviewOn: '2021-01-01' }),
    );
    await call(
      'coordinator',
      'POST',
      '/agreements',
      agreement([orgs.wieg.id, orgs.jgz.id], { status: 'draft', agreedOn: null, reviewOn: '2021-01-01' }),
    );
    const list = (await call('coordinator', 'GET', '/agreements')).json().agreements;
    expect(list.map((a: { status: string; reviewOverdue: boolean }) => [a.status, a.reviewOverdue])).toEqual([
      ['in_use', true],
      ['draft', false],
    ]);
  });
});

describe('POST /api/coalitions/:slug/agreements/:id/archive', () => {
  it('archives instead of deleting: gone from the list, still there with archived=true, restorable', async () => {
    const { call, orgs, audit } = await world();
    const created = (await call('coordinator', 'POST', '/agreements', agreement([orgs.wieg.id, orgs.jgz.id]))).json();
    const archived = await call('coordinator', 'POST', `/agreements/${created.id}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await call('coordinator', 'GET', '/agreements')).json().agreements).toHaveLength(0);
    expect((await call('coordinator', 'GET', '/agreements?archived=true')).json().agreements).toHaveLength(1);
    const edit = await call('coordinator', 'PUT', `/agreements/${created.id}`, agreement([orgs.wieg.id, orgs.jgz.id]));
    expect(edit.statusCode).toBe(409);
    await call('coordinator', 'POST', `/agreements/${created.id}/restore`);
    expect((await call('coordinator', 'GET', '/agreements')).json().agreements).toHaveLength(1);
    expect(audit('sharing_agreement', created.id).map((e) => e.action)).toEqual(['create', 'archive', 'restore']);
  });
});

const conversation = (overrides: Record<string, unknown> = {}) => ({
  heldOn: '2026-05-12',
  theme: 'Het eerste contact met de verloskundige',
  parentsCount: 8,
  professionalsCount: 12,
  facilitator: 'Onafhankelijk gespreksleider',
  whatWorks: 'Er is tijd voor vragen.',
  whatDoesNot: 'Geldzorgen komen laat ter sprake.',
  ...overrides,
});

describe('POST /api/coalitions/:slug/mirror-conversations', () => {
  it('records a conversation, lists it with its follow-up actions, and audits it', async () => {
    const { call, orgs, audit } = await world();
    const created = await call('partner', 'POST', '/mirror-conversations', conversation());
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.ownerOrganisation.id).toBe(orgs.wieg.id);
    await call('partner', 'POST', '/actions', {
      title: 'Geldzorgen eerder bespreken',
      component: 'reflecteren',
      source: { kind: 'mirror_conversation', mirrorConversationId: body.id },
    });
    const [listed] = (await call('director', 'GET', '/mirror-conversations')).json().mirrorConversations;
    expect(listed.followUpActions).toEqual([expect.objectContaining({ title: 'Geldzorgen eerder bespreken' })]);
    expect(audit('mirror_conversation', body.id).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses negative counts, a missing theme and an impossible date', async () => {
    const { call } = await world();
    const response = await call(
      'coordinator',
      'POST',
      '/mirror-conversations',
      conversation({ parentsCount: -1, theme: ' ', heldOn: '2026-02-30' }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fieldErrors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.heldOn', 'body.parentsCount', 'body.theme']);
  });

  it('refuses a conversation dated in the future, with the reason beside the date', async () => {
    const { call } = await world();
    const response = await call('coordinator', 'POST', '/mirror-conversations', conversation({ heldOn: '2099-01-01' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fieldErrors).toEqual([{ path: 'body.heldOn', message: 'Deze datum ligt in de toekomst.' }]);
  });

  it('lets partners change only their own organisation’s conversations; directors none', async () => {
    const { call } = await world();
    const theirs = (await call('jgzPartner', 'POST', '/mirror-conversations', conversation())).json();
    expect((await call('partner', 'PUT', `/mirror-conversations/${theirs.id}`, conversation())).statusCode).toBe(403);
    expect((await call('director', 'PUT', `/mirror-conversations/${theirs.id}`, conversation())).statusCode).toBe(403);
    const changed = await call(
      'jgzPartner',
      'PUT',
      `/mirror-conversations/${theirs.id}`,
      conversation({ parentsCount: 9 }),
    );
    expect(changed.json().parentsCount).toBe(9);
    expect((await call('jgzPartner', 'POST', `/mirror-conversations/${theirs.id}/archive`)).statusCode).toBe(200);
  });
});

describe('GET /api/coalitions/:slug/learning-activities', () => {
  it('records activities with participants and reports the breadth over twelve months', async () => {
    const { call, orgs, audit } = await world();
    const today = new Date().toISOString().slice(0, 10);
    const recent = await call('partner', 'POST', '/learning-activities', {
      heldOn: today,
      kind: 'case_discussion',
      title: 'Casusoverleg',
      participantIds: [orgs.wieg.id, orgs.jgz.id],
    });
    expect(recent.statusCode).toBe(201);
    expect(audit('learning_activity', recent.json().id)).toHaveLength(1);
    // More than twelve months ago: does not count for the breadth.
    await call('coordinator', 'POST', '/learning-activities', {
      heldOn: '2020-01-01',
      kind: 'training',
      title: 'Oude training',
      participantIds: [orgs.gemeente.id],
    });
    const body = (await call('director', 'GET', '/learning-activities')).json();
    expect(body.learningActivities).toHaveLength(2);
    expect(body.breadth).toMatchObject({ participating: 2, organisations: 3, to: today });
    expect(body.breadth.share).toBeCloseTo(66.667, 2);
    expect(body.breadth.missing.map((o: { name: string }) => o.name)).toEqual(['Gemeente Teststad']);
  });

  it('needs at least one participant, and refuses another coalition’s organisation', async () => {
    const { call, orgs } = await world();
    const base = { heldOn: '2026-01-10', kind: 'meeting', title: 'Overleg' };
    expect(
      (await call('coordinator', 'POST', '/learning-activities', { ...base, participantIds: [] })).statusCode,
    ).toBe(400);
    const foreign = await call('coordinator', 'POST', '/learning-activities', {
      ...base,
      participantIds: [orgs.foreign.id],
    });
    expect(foreign.json().code).toBe('organisation_unknown');
  });

  it('counts a window of exactly twelve months', () => {
    expect(twelveMonthsBefore('2026-11-22')).toBe('2025-11-23');
    expect(twelveMonthsBefore('2024-02-29')).toBe('2023-03-02');
  });
});

describe('POST /api/coalitions/:slug/care-plans', () => {
  const counts = { quarter: '2026-Q1', familiesDiscussed: 12, withSharedPlan: 9, planEvaluated: 5 };

  it('records aggregate counts per quarter, one row per quarter', async () => {
    const { call, audit } = await world();
    const created = await call('coordinator', 'POST', '/care-plans', counts);
    expect(created.statusCode).toBe(201);
    expect(audit('care_plan_count', created.json().id)).toHaveLength(1);
    const again = await call('coordinator', 'POST', '/care-plans', counts);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('care_plan_quarter_taken');
    const corrected = await call('coordinator', 'PUT', `/care-plans/${created.json().id}`, {
      ...counts,
      planEvaluated: 6,
    });
    expect(corrected.json().planEvaluated).toBe(6);
    expect((await call('director', 'GET', '/care-plans')).json().carePlanCounts).toHaveLength(1);
  });

  it('refuses more shared plans than families, and more evaluations than plans', async () => {
    const { call } = await world();
    const plans = await call('coordinator', 'POST', '/care-plans', { ...counts, withSharedPlan: 13 });
    expect(plans.json().fieldErrors.map((e: { path: string }) => e.path)).toContain('body.withSharedPlan');
    const evaluated = await call('coordinator', 'POST', '/care-plans', { ...counts, planEvaluated: 10 });
    expect(evaluated.json().fieldErrors.map((e: { path: string }) => e.path)).toEqual(['body.planEvaluated']);
  });

  it('is kept by the coordinator only: the counts belong to no single organisation', async () => {
    const { call } = await world();
    expect((await call('partner', 'POST', '/care-plans', counts)).statusCode).toBe(403);
    expect((await call('director', 'POST', '/care-plans', counts)).statusCode).toBe(403);
  });

  it('archives counts so the quarter can be entered again', async () => {
    const { call } = await world();
    const created = (await call('coordinator', 'POST', '/care-plans', counts)).json();
    await call('coordinator', 'POST', `/care-plans/${created.id}/archive`);
    expect((await call('coordinator', 'POST', '/care-plans', counts)).statusCode).toBe(201);
    expect((await call('coordinator', 'POST', `/care-plans/${created.id}/restore`)).statusCode).toBe(409);
  });
});

describe('PUT /api/coalitions/:slug/measure-targets', () => {
  it('sets a target from a quarter on, replaces it for the same quarter, and audits both', async () => {
    const { call, db } = await world();
    const first = await call('coordinator', 'PUT', '/measure-targets', {
      measureCode: 'mirror_conversations_per_year',
      validFromQuarter: '2026-Q1',
      target: 4,
    });
    expect(first.statusCode).toBe(200);
    await call('coordinator', 'PUT', '/measure-targets', {
      measureCode: 'mirror_conversations_per_year',
      validFromQuarter: '2026-Q1',
      target: 3,
    });
    const { targets } = (await call('director', 'GET', '/measure-targets')).json();
    expect(targets).toEqual([expect.objectContaining({ validFromQuarter: '2026-Q1', target: 3 })]);
    const entries = db.select().from(auditLog).where(eq(auditLog.entityType, 'measure_target')).all();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('refuses unknown measures, shares above 100 %, and everyone but the coordinator', async () => {
    const { call } = await world();
    const unknown = await call('coordinator', 'PUT', '/measure-targets', {
      measureCode: 'nonsense',
      validFromQuarter: '2026-Q1',
      target: 4,
    });
    expect(unknown.statusCode).toBe(400);
    const share = await call('coordinator', 'PUT', '/measure-targets', {
      measureCode: 'learning_breadth',
      validFromQuarter: '2026-Q1',
      target: 120,
    });
    expect(share.json().fieldErrors.map((e: { path: string }) => e.path)).toEqual(['body.target']);
    const partner = await call('partner', 'PUT', '/measure-targets', {
      measureCode: 'learning_breadth',
      validFromQuarter: '2026-Q1',
      target: 80,
    });
    expect(partner.statusCode).toBe(403);
  });
});
