import type { Db } from '@tks/db/client';
import { answers, instrumentVersions, invitations, items, outboxMessages, responses, rounds } from '@tks/db/schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  type Browser,
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertOrganisation,
  insertUser,
} from '../../../test/helper';
import type { App } from '../../app';
import { hashToken } from '../auth/tokens';

const BASE = '/api/coalitions/teststad';

/** A calendar date relative to today: links stop working after the round's closing date. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setup() {
  const { app, db } = await buildTestApp({ publicUrl: 'https://thermometer.example.nl' });
  const coalition = insertCoalition(db);
  const orgs = {
    wieg: insertOrganisation(db, coalition.id, 'Verloskundigenpraktijk De Wieg'),
    jgz: insertOrganisation(db, coalition.id, 'JGZ Teststad', 'social'),
    huisarts: insertOrganisation(db, coalition.id, 'Huisartsenpraktijk Oost'),
  };
  const people = {
    coordinator: insertUser(db, { email: 'coordinator@test.example', name: 'Cora' }),
    partner: insertUser(db, { email: 'partner@test.example' }),
    director: insertUser(db, { email: 'director@test.example' }),
  };
  insertMembership(db, people.coordinator.id, coalition.id, 'coordinator');
  insertMembership(db, people.partner.id, coalition.id, 'partner', orgs.wieg.id);
  insertMembership(db, people.director.id, coalition.id, 'director');
  const browsers = {
    coordinator: await browserFor(app, people.coordinator.id),
    partner: await browserFor(app, people.partner.id),
    director: await browserFor(app, people.director.id),
  };
  return { app, db, coalition, orgs, browsers };
}

async function call(
  app: App,
  browser: Browser,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  return injectAs(app, browser, { method, url: `${BASE}${url}`, ...(payload === undefined ? {} : { payload }) });
}

async function defaultVersionId(app: App, coordinator: Browser): Promise<number> {
  const list = await call(app, coordinator, 'GET', '/instrument-versions');
  expect(list.statusCode).toBe(200);
  return list.json().versions[0].id;
}

async function createRound(app: App, coordinator: Browser, versionId: number, overrides: object = {}) {
  const created = await call(app, coordinator, 'POST', '/rounds', {
    title: 'Partnervragenlijst K3 2026',
    quarter: '2026-Q3',
    opensOn: day(-1),
    closesOn: day(21),
    instrumentVersionId: versionId,
    maxReminders: 2,
    reminderIntervalDays: 7,
    ...overrides,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as number;
}

function tokensInOutbox(db: Db): Array<{ to: string; subject: string; token: string }> {
  return db
    .select()
    .from(outboxMessages)
    .all()
    .map((m) => ({
      to: m.toAddress,
      subject: m.subject,
      token: /\/q\/([\w-]{43})/.exec(m.bodyText)?.[1] ?? '',
    }));
}

/** Answers every statement of the default instrument with `value`, through the respondent's link. */
async function submitThroughLink(app: App, token: string, value: number, text?: string) {
  const opened = await app.inject({ method: 'GET', url: `/api/respond/${token}` });
  expect(opened.statusCode, opened.body).toBe(200);
  const questionnaire = opened.json();
  const likert: Record<string, number> = {};
  for (const d of questionnaire.instrument.dimensions) for (const item of d.items) likert[String(item.id)] = value;
  const open: Record<string, string> = {};
  if (text) open[String(questionnaire.instrument.openQuestions[0].id)] = text;
  const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
  const submitted = await app.inject({
    method: 'POST',
    url: `/api/respond/${token}/submit`,
    payload: { likert, open },
    cookies: Object.fromEntries(csrf.cookies.map((c) => [c.name, c.value])),
    headers: { 'x-csrf-token': csrf.json().csrfToken },
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
}

/** Responses stored directly, as an import would: `answers` per respondent, one value for every statement. */
function insertResponses(
  db: Db,
  coalitionId: number,
  roundId: number,
  organisationId: number,
  values: number[],
  role = 'verloskundige',
) {
  const statementIds = db
    .select({ id: items.id })
    .from(items)
    .where(eq(items.kind, 'likert'))
    .all()
    .map((i) => i.id);
  for (const value of values) {
    const [response] = db
      .insert(responses)
      .values({ coalitionId, roundId, organisationId, respondentRole: role, submittedOn: '2026-08-10' })
      .returning()
      .all();
    if (!response) throw new Error('no response');
    db.insert(answers)
      .values(statementIds.map((itemId) => ({ responseId: response.id, itemId, value, dontKnow: false })))
      .run();
  }
}

describe('instrument versions', () => {
  it('gives a coalition the default instrument, copies a version keeping item identity, and locks a used version', async () => {
    const { app, browsers } = await setup();
    const list = (await call(app, browsers.coordinator, 'GET', '/instrument-versions')).json();
    expect(list.versions).toHaveLength(1);
    expect(list.versions[0]).toMatchObject({ version: 1, status: 'published', items: 37, locked: false });

    const copy = await call(app, browsers.coordinator, 'POST', `/instrument-versions/${list.versions[0].id}/copy`);
    expect(copy.statusCode).toBe(201);
    const draft = copy.json();
    expect(draft).toMatchObject({ version: 2, status: 'draft', basedOnId: list.versions[0].id });
    const original = (
      await call(app, browsers.coordinator, 'GET', `/instrument-versions/${list.versions[0].id}`)
    ).json();
    expect(draft.dimensions[0].items.map((i: { id: number }) => i.id)).toEqual(
      original.dimensions[0].items.map((i: { id: number }) => i.id),
    );

    // Reword A1, drop A5, add a statement, drop the second open question.
    const dims = draft.dimensions.map(
      (d: {
        code: string;
        nameNl: string;
        nameEn: string;
        component: string;
        items: Array<{ id: number; textNl: string; textEn: string }>;
      }) => ({
        code: d.code,
        nameNl: d.nameNl,
        nameEn: d.nameEn,
        component: d.component,
        items: d.items.map((i) => ({ itemId: i.id, textNl: i.textNl, textEn: i.textEn })),
      }),
    );
    dims[0].items[0].textNl = 'We werken aan één concreet doel dat alle partners onderschrijven.';
    dims[0].items.pop();
    dims[0].items.push({ textNl: 'De coalitie heeft een jaarplan.', textEn: 'The coalition has a yearly plan.' });
    const edited = await call(app, browsers.coordinator, 'PUT', `/instrument-versions/${draft.id}`, {
      notes: 'Versie 2026',
      dimensions: dims,
      openQuestions: [
        {
          itemId: draft.openQuestions[0].id,
          textNl: draft.openQuestions[0].textNl,
          textEn: draft.openQuestions[0].textEn,
        },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const a = edited.json().dimensions[0].items;
    expect(a.map((i: { code: string }) => i.code)).toEqual(['A6', 'A2', 'A3', 'A4', 'A7']);
    expect(a[1].id).toBe(original.dimensions[0].items[1].id);
    expect(edited.json().openQuestions).toHaveLength(1);
    // The original version still holds the original wording.
    const again = (await call(app, browsers.coordinator, 'GET', `/instrument-versions/${list.versions[0].id}`)).json();
    expect(again.dimensions[0].items[0].code).toBe('A1');

    // Used in an opened round: locked, with a Dutch explanation.
    const roundId = await createRound(app, browsers.coordinator, draft.id);
    await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [{ email: 'anna@wieg.nl', organisationId: 1 }],
    });
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/open`)).statusCode).toBe(200);
    const refused = await call(app, browsers.coordinator, 'PUT', `/instrument-versions/${draft.id}`, {
      dimensions: dims,
      openQuestions: [],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'instrument_version_locked' });
    expect(refused.json().message).toMatch(/kan niet meer worden gewijzigd/);
    const versions = (await call(app, browsers.coordinator, 'GET', '/instrument-versions')).json().versions;
    expect(versions[1]).toMatchObject({ status: 'published', locked: true });
  });

  it('seeds the default instrument when the platform creates a coalition', async () => {
    const { app, db } = await buildTestApp();
    const admin = insertUser(db, { email: 'admin@test.example', isPlatformAdmin: true });
    const created = await injectAs(app, await browserFor(app, admin.id), {
      method: 'POST',
      url: '/api/admin/coalitions',
      payload: {
        slug: 'nieuwstad',
        name: 'Coalitie Nieuwstad',
        municipality: 'Nieuwstad',
        coordinatorEmail: 'c@nieuwstad.nl',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const coalitionId = created.json().id;
    const seeded = db.select().from(instrumentVersions).where(eq(instrumentVersions.coalitionId, coalitionId)).all();
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ version: 1, status: 'published' });
    expect(db.select().from(items).where(eq(items.coalitionId, coalitionId)).all()).toHaveLength(37);
  });

  it('lets only the coordinator copy or edit a version', async () => {
    const { app, browsers } = await setup();
    const versionId = await defaultVersionId(app, browsers.coordinator);
    const copy = await call(app, browsers.partner, 'POST', `/instrument-versions/${versionId}/copy`);
    expect(copy.statusCode).toBe(403);
  });
});

describe('round lifecycle', () => {
  it('creates, invites, opens with personal links in the outbox, tracks response and closes', async () => {
    const { app, db, orgs, browsers } = await setup();
    const versionId = await defaultVersionId(app, browsers.coordinator);
    const roundId = await createRound(app, browsers.coordinator, versionId);

    const badDates = await call(app, browsers.coordinator, 'POST', '/rounds', {
      title: 'Verkeerd',
      quarter: '2026-Q3',
      opensOn: '2026-08-22',
      closesOn: '2026-08-01',
      instrumentVersionId: versionId,
    });
    expect(badDates.statusCode).toBe(400);

    const duplicateInList = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [
        { email: 'anna@wieg.nl', organisationId: orgs.wieg.id },
        { email: 'ANNA@wieg.nl', organisationId: orgs.wieg.id },
      ],
    });
    expect(duplicateInList.statusCode).toBe(400);
    expect(duplicateInList.json().fieldErrors[0].path).toBe('body.invitees.1.email');
    const badEmail = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [{ email: 'geen-adres', organisationId: orgs.wieg.id }],
    });
    expect(badEmail.statusCode).toBe(400);

    const added = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [
        { name: 'Anna de Vries', email: 'anna@wieg.nl', organisationId: orgs.wieg.id, role: 'verloskundige' },
        { email: 'bert@jgz.nl', organisationId: orgs.jgz.id, role: 'jeugdverpleegkundige' },
        { email: 'carla@jgz.nl', organisationId: orgs.jgz.id },
      ],
    });
    expect(added.json()).toEqual({ added: 3, alreadyInvited: [], sent: 0 });
    const again = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [{ email: 'anna@wieg.nl', organisationId: orgs.wieg.id }],
    });
    expect(again.json()).toEqual({ added: 0, alreadyInvited: ['anna@wieg.nl'], sent: 0 });
    expect(tokensInOutbox(db)).toHaveLength(0);

    const opened = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/open`);
    expect(opened.json()).toEqual({ sent: 3 });
    const mails = tokensInOutbox(db);
    expect(mails.map((m) => m.to).sort()).toEqual(['anna@wieg.nl', 'bert@jgz.nl', 'carla@jgz.nl']);
    expect(mails[0]?.subject).toContain('Partnervragenlijst K3 2026');
    // Only the hash is stored, and it is the hash of the mailed token.
    const stored = db.select().from(invitations).all();
    for (const mail of mails) {
      expect(mail.token).toHaveLength(43);
      expect(stored.find((i) => i.email === mail.to)?.tokenHash).toBe(hashToken(mail.token));
    }
    expect(JSON.stringify(stored)).not.toContain(mails[0]?.token);

    // The link works: the respondent submits.
    const anna = mails.find((m) => m.to === 'anna@wieg.nl');
    await submitThroughLink(app, anna?.token ?? '', 4, 'GEHEIM-ANTWOORD van Anna');

    // A late invitee in an open round is mailed at once.
    const late = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [{ email: 'dirk@oost.nl', organisationId: orgs.huisarts.id }],
    });
    expect(late.json()).toEqual({ added: 1, alreadyInvited: [], sent: 1 });

    const detail = await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body).toMatchObject({ status: 'open', invited: 4, responded: 1 });
    expect(body.byOrganisation).toEqual(
      expect.arrayContaining([
        { organisationId: orgs.wieg.id, name: 'Verloskundigenpraktijk De Wieg', invited: 1, responded: 1 },
        { organisationId: orgs.jgz.id, name: 'JGZ Teststad', invited: 2, responded: 0 },
      ]),
    );
    expect(body.invitees.find((i: { email: string }) => i.email === 'anna@wieg.nl').respondedAt).not.toBeNull();
    // Who responded, never what they answered.
    expect(detail.body).not.toContain('GEHEIM');
    expect(Object.keys(body.invitees[0]).sort()).toEqual(
      [
        'email',
        'id',
        'lastRemindedAt',
        'name',
        'nextReminderAt',
        'organisationId',
        'organisationName',
        'remindersSent',
        'reminderDue',
        'respondedAt',
        'role',
        'sentAt',
      ].sort(),
    );

    // Tracking is for the coordinator only.
    expect((await call(app, browsers.partner, 'GET', `/rounds/${roundId}`)).statusCode).toBe(403);
    // Partners do not see an open round at all.
    expect((await call(app, browsers.partner, 'GET', '/rounds')).json().rounds).toHaveLength(0);

    const removeSent = await call(
      app,
      browsers.coordinator,
      'DELETE',
      `/rounds/${roundId}/invitees/${body.invitees[0].id}`,
    );
    expect(removeSent.statusCode).toBe(409);

    const closed = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/close`);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/close`)).statusCode).toBe(409);
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/open`)).statusCode).toBe(409);
    const afterClose = await app.inject({
      method: 'GET',
      url: `/api/respond/${mails.find((m) => m.to === 'bert@jgz.nl')?.token}`,
    });
    expect(afterClose.statusCode).not.toBe(200);
    expect((await call(app, browsers.partner, 'GET', '/rounds')).json().rounds).toHaveLength(1);
  });

  it('refuses to open a round without invitees and removes an invitee not yet sent', async () => {
    const { app, orgs, browsers } = await setup();
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator));
    const refused = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/open`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/genodigden/);
    await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [{ email: 'anna@wieg.nl', organisationId: orgs.wieg.id }],
    });
    const detail = (await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}`)).json();
    const removed = await call(
      app,
      browsers.coordinator,
      'DELETE',
      `/rounds/${roundId}/invitees/${detail.invitees[0].id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect((await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}`)).json().invited).toBe(0);
  });
});

describe('POST /coalitions/:slug/rounds/:roundId/reminders', () => {
  it('reminds only non-responders, not before the interval and not beyond the maximum', async () => {
    const { app, db, orgs, browsers } = await setup();
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator), {
      maxReminders: 1,
      reminderIntervalDays: 7,
    });
    await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/invitees`, {
      invitees: [
        { email: 'anna@wieg.nl', organisationId: orgs.wieg.id },
        { email: 'bert@jgz.nl', organisationId: orgs.jgz.id },
      ],
    });
    await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/open`);
    const anna = tokensInOutbox(db).find((m) => m.to === 'anna@wieg.nl');
    await submitThroughLink(app, anna?.token ?? '', 3);

    // Right after opening: the interval has not passed.
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/reminders`)).json()).toEqual({ sent: 0 });
    const detail = (await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}`)).json();
    expect(detail.remindersDue).toBe(0);
    expect(detail.invitees.find((i: { email: string }) => i.email === 'bert@jgz.nl').nextReminderAt).not.toBeNull();

    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    db.update(invitations).set({ sentAt: eightDaysAgo }).where(eq(invitations.roundId, roundId)).run();
    const due = (await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}`)).json();
    expect(due.remindersDue).toBe(1);
    expect(
      due.invitees.filter((i: { reminderDue: boolean }) => i.reminderDue).map((i: { email: string }) => i.email),
    ).toEqual(['bert@jgz.nl']);

    const outboxBefore = tokensInOutbox(db).length;
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/reminders`)).json()).toEqual({ sent: 1 });
    const reminder = tokensInOutbox(db).slice(outboxBefore);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]).toMatchObject({ to: 'bert@jgz.nl' });
    expect(reminder[0]?.subject).toMatch(/^Herinnering/);
    // The reminder's link works (it replaces the earlier one).
    expect((await app.inject({ method: 'GET', url: `/api/respond/${reminder[0]?.token}` })).statusCode).toBe(200);

    // Maximum reached: even after the interval nobody is reminded again.
    db.update(invitations).set({ lastRemindedAt: eightDaysAgo }).where(eq(invitations.roundId, roundId)).run();
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/reminders`)).json()).toEqual({ sent: 0 });
    expect(tokensInOutbox(db)).toHaveLength(outboxBefore + 1);
  });

  it('refuses reminders for a round that is not open', async () => {
    const { app, browsers } = await setup();
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator));
    expect((await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/reminders`)).statusCode).toBe(409);
  });
});

describe('GET /coalitions/:slug/rounds/:roundId/results', () => {
  async function roundWithGroups() {
    const ctx = await setup();
    const { app, db, coalition, orgs, browsers } = ctx;
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator));
    insertResponses(db, coalition.id, roundId, orgs.wieg.id, [4, 4, 5, 4, 3, 4], 'verloskundige');
    insertResponses(db, coalition.id, roundId, orgs.jgz.id, [2, 3, 2, 3, 2, 3, 3], 'jeugdverpleegkundige');
    insertResponses(db, coalition.id, roundId, orgs.huisarts.id, [1, 1], 'huisarts');
    return { ...ctx, roundId };
  }

  it('shows partners and directors nothing before the round closes; the coordinator sees preliminary results', async () => {
    const { app, browsers, roundId } = await roundWithGroups();
    for (const who of ['partner', 'director'] as const) {
      const response = await call(app, browsers[who], 'GET', `/rounds/${roundId}/results`);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('results_not_available');
    }
    const preliminary = await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}/results`);
    expect(preliminary.statusCode).toBe(200);
    expect(preliminary.json()).toMatchObject({ preliminary: true, respondents: 15, published: true });
  });

  it('suppresses small groups and their complement for every role, also when asked directly', async () => {
    const { app, db, browsers, roundId } = await roundWithGroups();
    db.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, roundId)).run();

    for (const who of ['coordinator', 'partner', 'director'] as const) {
      const response = await call(app, browsers[who], 'GET', `/rounds/${roundId}/results?breakdown=organisation`);
      expect(response.statusCode, response.body).toBe(200);
      const results = response.json();
      expect(results.dimensions).toHaveLength(7);
      const a = results.dimensions[0];
      expect(a).toMatchObject({ code: 'A', n: 15, published: true });
      expect(a.distribution.counts.reduce((x: number, y: number) => x + y, 0)).toBe(15 * 5);
      // The GP practice (2) is below 5; the next-smallest (De Wieg, 6) goes with it, so 2 cannot be
      // worked out as total − JGZ − De Wieg.
      const shown = a.groups.filter((g: { published: boolean }) => g.published);
      expect(shown.map((g: { label: string }) => g.label)).toEqual(['JGZ Teststad']);
      for (const g of a.groups) if (!g.published) expect(g.score).toBeNull();
      expect(response.body).not.toMatch(/"score":0[,}]/);
      // Spread needs two organisations that may be shown.
      expect(a.spread).toBeNull();
    }

    const roles = (await call(app, browsers.director, 'GET', `/rounds/${roundId}/results?breakdown=role`)).json();
    expect(roles.dimensions[0].groups.filter((g: { published: boolean }) => g.published)).toHaveLength(1);
  });

  it('shows nothing but the count below the minimum, and honours a raised minimum', async () => {
    const { app, db, coalition, orgs, browsers } = await setup();
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator));
    insertResponses(db, coalition.id, roundId, orgs.wieg.id, [4, 4, 5, 4], 'verloskundige');
    const few = (await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}/results`)).json();
    expect(few).toMatchObject({ respondents: 4, published: false, overall: { score: null } });
    expect(
      few.dimensions.every((d: { score: null; distribution: null }) => d.score === null && d.distribution === null),
    ).toBe(true);
    expect(few.openQuestions.every((q: { answers: null }) => q.answers === null)).toBe(true);

    const tooLow = await call(app, browsers.coordinator, 'PUT', '/questionnaire-settings', { minGroupSize: 2 });
    expect(tooLow.statusCode).toBe(400);
    expect((await call(app, browsers.partner, 'PUT', '/questionnaire-settings', { minGroupSize: 4 })).statusCode).toBe(
      403,
    );
    expect(
      (await call(app, browsers.coordinator, 'PUT', '/questionnaire-settings', { minGroupSize: 4 })).json(),
    ).toEqual({
      minGroupSize: 4,
    });
    const enough = (await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}/results`)).json();
    expect(enough).toMatchObject({ published: true, minGroupSize: 4 });
    expect(enough.dimensions[0].score).toBeCloseTo(((4.25 - 1) / 4) * 100);
  });

  it('compares with the previous closed round and calls only a change beyond noise a change', async () => {
    const { app, db, coalition, orgs, browsers } = await setup();
    const versionId = await defaultVersionId(app, browsers.coordinator);
    const before = await createRound(app, browsers.coordinator, versionId, { title: 'Eerder', quarter: '2026-Q1' });
    const now = await createRound(app, browsers.coordinator, versionId, { title: 'Nu nu', quarter: '2026-Q3' });
    insertResponses(db, coalition.id, before, orgs.wieg.id, [2, 3, 2, 3, 2, 3, 2, 3]);
    insertResponses(db, coalition.id, now, orgs.wieg.id, [4, 4, 5, 4, 4, 5, 4, 4]);
    db.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, before)).run();
    const results = (await call(app, browsers.coordinator, 'GET', `/rounds/${now}/results`)).json();
    expect(results.previousRound).toMatchObject({ id: before, quarter: '2026-Q1' });
    const a = results.dimensions[0];
    expect(a.change.previousScore).toBeCloseTo(((2.5 - 1) / 4) * 100);
    expect(a.change.change).toBeCloseTo(((4.25 - 1) / 4) * 100 - ((2.5 - 1) / 4) * 100);
    expect(a.change.meaningful).toBe(true);

    // The same answers once more: no difference, so no change.
    const same = await createRound(app, browsers.coordinator, versionId, { title: 'Later', quarter: '2026-Q4' });
    insertResponses(db, coalition.id, same, orgs.wieg.id, [4, 4, 5, 4, 4, 5, 4, 4]);
    db.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, now)).run();
    const later = (await call(app, browsers.coordinator, 'GET', `/rounds/${same}/results`)).json();
    expect(later.dimensions[0].change).toMatchObject({ change: 0, meaningful: false });
  });

  it('records conclusions per dimension', async () => {
    const { app, browsers, roundId } = await roundWithGroups();
    const saved = await call(app, browsers.coordinator, 'PUT', `/rounds/${roundId}/conclusions`, {
      dimensionCode: 'D',
      conclusion: 'Eén overdrachtsformulier afspreken.',
    });
    expect(saved.statusCode).toBe(200);
    await call(app, browsers.coordinator, 'PUT', `/rounds/${roundId}/conclusions`, {
      dimensionCode: 'D',
      conclusion: 'Eén overdrachtsformulier, en uitleg in elk team.',
    });
    const results = (await call(app, browsers.coordinator, 'GET', `/rounds/${roundId}/results`)).json();
    expect(results.conclusions).toEqual([
      expect.objectContaining({ dimensionCode: 'D', conclusion: 'Eén overdrachtsformulier, en uitleg in elk team.' }),
    ]);
    expect(
      (
        await call(app, browsers.partner, 'PUT', `/rounds/${roundId}/conclusions`, {
          dimensionCode: 'D',
          conclusion: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('CSV import of responses collected elsewhere', () => {
  const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1').toString('base64');

  it('previews the columns with a suggested mapping and every problem by line and column, and commits in one go', async () => {
    const { app, db, orgs, browsers } = await setup();
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator));
    const file = csv([
      'Organisatie;Functie;A1 Concreet doel;A2 Mede-eigenaar;O1 Wat gaat goed',
      'Verloskundigenpraktijk De Wieg;verloskundige;4;Helemaal eens;Korte lijnen',
      'JGZ Teststad;jeugdarts;weet niet;3;',
      'Onbekend;x;zes;2;',
      'JGZ Teststad;jeugdarts;;;',
    ]);
    const preview = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/import/preview`, {
      fileName: 'export.csv',
      contentBase64: file,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.columns.map((c: { header: string }) => c.header)).toEqual([
      'Organisatie',
      'Functie',
      'A1 Concreet doel',
      'A2 Mede-eigenaar',
      'O1 Wat gaat goed',
    ]);
    expect(body.suggested).toEqual({ organisation: 0, role: 1, items: { A1: 2, A2: 3, O1: 4 } });
    expect(body.rows).toBe(4);
    expect(body.valid).toBe(2);
    expect(body.problems).toEqual([
      { line: 4, column: 'Organisatie', message: 'Organisatie “Onbekend” hoort niet bij de coalitie.' },
      { line: 4, column: 'A1 Concreet doel', message: '“zes” is geen antwoord op de schaal 1 tot 5 of “weet niet”.' },
      { line: 5, column: null, message: 'Deze regel bevat geen enkel antwoord.' },
    ]);

    const refused = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/import`, {
      fileName: 'export.csv',
      contentBase64: file,
      mapping: body.suggested,
    });
    expect(refused.statusCode).toBe(400);
    expect(db.select().from(responses).all()).toHaveLength(0);

    const fixed = csv([
      'Organisatie;Functie;A1 Concreet doel;A2 Mede-eigenaar;O1 Wat gaat goed',
      'Verloskundigenpraktijk De Wieg;verloskundige;4;Helemaal eens;Korte lijnen met de JGZ',
      'JGZ Teststad;jeugdarts;weet niet;3;',
    ]);
    const committed = await call(app, browsers.coordinator, 'POST', `/rounds/${roundId}/import`, {
      fileName: 'export.csv',
      contentBase64: fixed,
      mapping: body.suggested,
    });
    expect(committed.statusCode, committed.body).toBe(201);
    expect(committed.json().imported).toBe(2);
    const stored = db.select().from(responses).all();
    expect(stored.map((r) => [r.organisationId, r.respondentRole])).toEqual([
      [orgs.wieg.id, 'verloskundige'],
      [orgs.jgz.id, 'jeugdarts'],
    ]);
    expect(stored.every((r) => r.importBatchId === committed.json().batchId)).toBe(true);
    const stuff = db.select().from(answers).all();
    expect(stuff).toHaveLength(5);
    expect(stuff.filter((a) => a.dontKnow)).toHaveLength(1);
    expect(stuff.find((a) => a.text)?.text).toBe('Korte lijnen met de JGZ');
  });

  it('reads a Windows-1252 file and answers in English when asked', async () => {
    const { app, browsers } = await setup();
    const roundId = await createRound(app, browsers.coordinator, await defaultVersionId(app, browsers.coordinator));
    const file = Buffer.from('Organisatie;A1\r\nCafé;4\r\n', 'latin1').toString('base64');
    const preview = await injectAs(app, browsers.coordinator, {
      method: 'POST',
      url: `${BASE}/rounds/${roundId}/import/preview`,
      payload: { fileName: 'x.csv', contentBase64: file },
      headers: { 'accept-language': 'en' },
    });
    expect(preview.json().problems).toEqual([
      { line: 2, column: 'Organisatie', message: 'Organisation “Café” does not belong to the coalition.' },
    ]);
  });
});
