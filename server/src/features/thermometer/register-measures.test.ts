import { zThermometer } from '@tks/shared/schemas/thermometer';
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

/*
 * The register measures, fed through the registers' own API and scored against targets the
 * coordinator sets through the API: what a coalition enters is what the thermometer shows.
 */

async function setup() {
  const { app, db } = await buildTestApp();
  const coalition = insertCoalition(db);
  const orgs = [
    insertOrganisation(db, coalition.id, 'Ziekenhuis'),
    insertOrganisation(db, coalition.id, 'JGZ', 'social'),
    insertOrganisation(db, coalition.id, 'Gemeente', 'municipal'),
    insertOrganisation(db, coalition.id, 'Kraamzorg'),
  ];
  const user = insertUser(db, { email: 'coordinator@test.example' });
  insertMembership(db, user.id, coalition.id, 'coordinator');
  const browser = await browserFor(app, user.id);
  const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await injectAs(app, browser, { method, url: `/api/coalitions/teststad${url}`, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json();
  };
  const measure = async (quarter: string, code: string) => {
    const response = await injectAs(app, browser, {
      method: 'GET',
      url: `/api/coalitions/teststad/thermometer?quarter=${quarter}`,
    });
    const thermometer = zThermometer.parse(response.json());
    for (const component of thermometer.components) {
      const found = component.measures.find((m) => m.key === `register:${code}`);
      if (found) return { ...found, component: component.code, componentScore: component.score };
    }
    throw new Error(`no measure ${code}`);
  };
  const target = (measureCode: string, target: number, validFromQuarter = '2025-Q1') =>
    send('PUT', '/measure-targets', { measureCode, validFromQuarter, target });
  return { orgs, send, measure, target };
}

describe('register measures against their targets', () => {
  it('mirror conversations: follow-up actions completed, a share of those from the last four quarters', async () => {
    const { send, measure, target } = await setup();
    await target('mirror_follow_up_share', 80);
    await target('mirror_conversations_per_year', 2);
    const conversation = await send('POST', '/mirror-conversations', {
      heldOn: '2026-02-10',
      theme: 'Geldzorgen',
      parentsCount: 7,
      professionalsCount: 11,
    });
    // A conversation without follow-up: the follow-up measure has nothing to go on yet.
    expect(await measure('2026-Q1', 'mirror_follow_up_share')).toMatchObject({ status: 'missing', score: null });
    expect(await measure('2026-Q1', 'mirror_conversations_per_year')).toMatchObject({ value: 1, score: 50 });

    const source = { kind: 'mirror_conversation', mirrorConversationId: conversation.id };
    const first = await send('POST', '/actions', { title: 'Eén loket', component: 'reflecteren', source });
    await send('POST', '/actions', { title: 'Folder voor vaders', component: 'reflecteren', source });
    const opened = await measure('2026-Q1', 'mirror_follow_up_share');
    expect(opened).toMatchObject({ component: 'reflecteren', status: 'scored', value: 0, target: 80, score: 0 });
    expect(opened.componentScore).toBe(25); // (50 + 0) / 2

    await send('POST', `/actions/${first.id}/status`, { status: 'done', completedOn: '2026-03-20' });
    const closed = await measure('2026-Q1', 'mirror_follow_up_share');
    expect(closed).toMatchObject({ value: 50, score: 62.5 }); // 50 / 80 × 100
    expect(closed.componentScore).toBeCloseTo(56.25, 9);

    // Done after the quarter: not yet done in that quarter.
    await send('POST', `/actions/${first.id}/status`, { status: 'done', completedOn: '2026-04-02' });
    expect((await measure('2026-Q1', 'mirror_follow_up_share')).value).toBe(0);
    expect((await measure('2026-Q2', 'mirror_follow_up_share')).value).toBe(50);
    // A year after the conversation its actions have left the window.
    expect((await measure('2027-Q1', 'mirror_follow_up_share')).status).toBe('missing');
  });

  it('a new target from a later quarter changes the score from that quarter on only', async () => {
    const { send, measure, target } = await setup();
    await target('mirror_conversations_per_year', 2);
    await send('POST', '/mirror-conversations', {
      heldOn: '2025-05-10',
      theme: 'Eerste contact',
      parentsCount: 8,
      professionalsCount: 12,
    });
    await target('mirror_conversations_per_year', 4, '2025-Q3');
    expect(await measure('2025-Q2', 'mirror_conversations_per_year')).toMatchObject({ target: 2, score: 50 });
    expect(await measure('2025-Q3', 'mirror_conversations_per_year')).toMatchObject({ target: 4, score: 25 });
  });

  it('agreements: the share in use among current agreements; archived ones left out', async () => {
    const { send, measure, target, orgs } = await setup();
    await target('agreements_in_use_share', 75);
    const parties = [orgs[0]?.id, orgs[1]?.id];
    const base = {
      dataCategory: 'Ontslagbrief',
      purpose: 'Overdracht',
      legalBasis: 'contract',
      agreedOn: '2025-01-10',
      partyIds: parties,
    };
    await send('POST', '/agreements', { ...base, title: 'A', status: 'in_use' });
    await send('POST', '/agreements', { ...base, title: 'B', status: 'agreed' });
    const draft = await send('POST', '/agreements', { ...base, title: 'C', status: 'draft' });
    expect((await measure('2026-Q1', 'agreements_in_use_share')).score).toBeCloseTo(44.444, 3);
    await send('POST', `/agreements/${draft.id}/archive`, {});
    const afterArchive = await measure('2026-Q1', 'agreements_in_use_share');
    expect(afterArchive.value).toBe(50);
    expect(afterArchive.score).toBeCloseTo(66.667, 3);
  });

  it('learning breadth: organisations that took part in the last four quarters among all active ones', async () => {
    const { send, measure, target, orgs } = await setup();
    await target('learning_breadth', 80);
    await send('POST', '/learning-activities', {
      heldOn: '2025-11-04',
      kind: 'training',
      title: 'Training geldzorgen',
      participantIds: [orgs[0]?.id, orgs[1]?.id, orgs[2]?.id],
    });
    expect(await measure('2026-Q1', 'learning_breadth')).toMatchObject({ value: 75, score: 93.75 });
    expect(await measure('2026-Q4', 'learning_breadth')).toMatchObject({ value: 0, score: 0 });
  });

  it('care plans: share with a shared plan and share of plans evaluated, from the latest quarter', async () => {
    const { send, measure, target } = await setup();
    await target('care_plan_share', 80);
    await target('care_plan_evaluated_share', 60);
    await send('POST', '/care-plans', {
      quarter: '2026-Q1',
      familiesDiscussed: 12,
      withSharedPlan: 9,
      planEvaluated: 3,
    });
    expect(await measure('2026-Q1', 'care_plan_share')).toMatchObject({ value: 75, score: 93.75 });
    const evaluated = await measure('2026-Q1', 'care_plan_evaluated_share');
    expect(evaluated).toMatchObject({ component: 'integraal_behandelplan', period: '2026-Q1' });
    expect(evaluated.value).toBeCloseTo(33.333, 3);
    expect(evaluated.score).toBeCloseTo(55.556, 3);
    // Three quarters later the counts are stale: shown, not scored.
    expect(await measure('2026-Q4', 'care_plan_evaluated_share')).toMatchObject({ status: 'stale', score: null });
  });

  it('without a target a register figure is shown but not scored', async () => {
    const { send, measure } = await setup();
    await send('POST', '/care-plans', {
      quarter: '2026-Q1',
      familiesDiscussed: 10,
      withSharedPlan: 0,
      planEvaluated: 0,
    });
    expect(await measure('2026-Q1', 'care_plan_share')).toMatchObject({ status: 'no_target', value: 0, score: null });
    // No shared plan at all: nothing to evaluate, so no figure.
    expect((await measure('2026-Q1', 'care_plan_evaluated_share')).status).toBe('missing');
  });
});
