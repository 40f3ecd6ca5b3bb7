import type { Db } from '@tks/db/client';
import { answers, auditLog, invitations, responses, rounds } from '@tks/db/schema';
import { DEFAULT_INSTRUMENT } from '@tks/shared/instrument-default';
import type { RespondAnswers, RespondQuestionnaire } from '@tks/shared/schemas/respond';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertOrganisation,
  insertUser,
} from '../../../test/helper';
import { rateLimits } from '../auth/access';
import { insertDefaultInstrumentVersion, insertRespondentInvitation, insertRound } from './fixtures';
import * as queries from './respond.queries';

vi.mock('./respond.queries', { spy: true });

async function setUp(round: { status?: 'draft' | 'open' | 'closed'; closesOn?: string } = {}) {
  const { app, db } = await buildTestApp();
  const coalition = insertCoalition(db);
  const organisation = insertOrganisation(db, coalition.id, 'Verloskundigenpraktijk De Wieg');
  const versionId = insertDefaultInstrumentVersion(db, coalition.id);
  const row = insertRound(db, { coalitionId: coalition.id, instrumentVersionId: versionId, ...round });
  const invitation = insertRespondentInvitation(db, {
    coalitionId: coalition.id,
    roundId: row.id,
    organisationId: organisation.id,
    email: 'verloskundige@wieg.example',
    name: 'Fenna de Vries',
    respondentRole: 'verloskundige',
  });
  return { app, db, coalition, organisation, versionId, round: row, invitation };
}

type App = Awaited<ReturnType<typeof setUp>>['app'];

const open = (app: App, token: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/api/respond/${token}`, headers });

const put = (app: App, token: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'PUT', url: `/api/respond/${token}/draft`, payload: payload as object, headers });

const submit = (app: App, token: string, payload: unknown) =>
  app.inject({ method: 'POST', url: `/api/respond/${token}/submit`, payload: payload as object });

/** Every statement answered: value by position, with one "don't know", and both open questions. */
function fullAnswers(questionnaire: RespondQuestionnaire): RespondAnswers {
  const likert: RespondAnswers['likert'] = {};
  questionnaire.instrument.dimensions.forEach((dimension, d) => {
    dimension.items.forEach((item, i) => {
      likert[String(item.id)] = d === 0 && i === 0 ? 'dont_know' : ((((d + i) % 5) + 1) as 1 | 2 | 3 | 4 | 5);
    });
  });
  const open: RespondAnswers['open'] = {};
  for (const question of questionnaire.instrument.openQuestions)
    open[String(question.id)] = `  Antwoord ${question.code}  `;
  return { likert, open };
}

const tableNames = (db: Db) =>
  db
    .all<{ name: string }>(sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
    .map((t) => t.name);

describe('GET /api/respond/:token', () => {
  it('opens the round’s questionnaire in Dutch and English, grouped by dimension, without an account', async () => {
    const { app, invitation } = await setUp();
    const response = await open(app, invitation.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body: RespondQuestionnaire = response.json();
    expect(body.organisation.name).toBe('Verloskundigenpraktijk De Wieg');
    expect(body.respondentRole).toBe('verloskundige');
    expect(body.instrument.dimensions.map((d) => d.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(body.instrument.dimensions.every((d) => d.items.length === 5)).toBe(true);
    const first = body.instrument.dimensions[0]?.items[0];
    expect(first?.code).toBe('A1');
    expect(first?.text).toEqual(DEFAULT_INSTRUMENT.dimensions[0].items[0].text);
    expect(body.instrument.openQuestions.map((q) => q.code)).toEqual(['O1', 'O2']);
    expect(body.draft).toBeNull();
    // The page shows nothing personal: no name, no e-mail address.
    expect(response.body).not.toContain('Fenna');
    expect(response.body).not.toContain('wieg.example');
  });

  it('answers an unknown and a guessed link alike, and never says whether a link exists', async () => {
    const { app } = await setUp();
    const guessed = await open(app, 'A'.repeat(43));
    const other = await open(app, 'x'.repeat(43));
    expect(guessed.statusCode).toBe(404);
    expect(guessed.json()).toMatchObject({ code: 'questionnaire_link_unknown' });
    expect(other.body).toBe(guessed.body);
  });

  it('tells a closed round, a round past its closing day and a round not yet opened apart', async () => {
    const closed = await setUp({ status: 'closed' });
    expect((await open(closed.app, closed.invitation.token)).json()).toMatchObject({
      statusCode: 410,
      code: 'questionnaire_closed',
    });
    const past = await setUp({ status: 'open', closesOn: '2020-01-31' });
    expect((await open(past.app, past.invitation.token)).json()).toMatchObject({ code: 'questionnaire_closed' });
    const draft = await setUp({ status: 'draft' });
    const response = await open(draft.app, draft.invitation.token, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'questionnaire_not_open',
      message: 'This questionnaire round has not opened yet.',
    });
  });

  it('is rate limited per address, with room for a whole office filling in at once', async () => {
    const { app } = await setUp();
    const { max } = rateLimits.questionnaire;
    expect(max).toBeGreaterThanOrEqual(300);
    const statuses: number[] = [];
    for (let i = 0; i <= max; i++) statuses.push((await open(app, `${'B'.repeat(42)}${i % 10}`)).statusCode);
    expect(statuses.slice(0, max).every((s) => s === 404)).toBe(true);
    expect(statuses[max]).toBe(429);
  });
});

describe('PUT /api/respond/:token/draft', () => {
  it('saves the answers so far without a CSRF token, and the same link resumes them', async () => {
    const { app, invitation } = await setUp();
    const questionnaire: RespondQuestionnaire = (await open(app, invitation.token)).json();
    const [a1, a2] = questionnaire.instrument.dimensions[0]?.items ?? [];
    const o1 = questionnaire.instrument.openQuestions[0];
    if (!a1 || !a2 || !o1) throw new Error('instrument incomplete');

    const draft = { likert: { [a1.id]: 4, [a2.id]: 'dont_know' }, open: { [o1.id]: 'Korte lijnen' } };
    const saved = await put(app, invitation.token, draft);
    expect(saved.statusCode).toBe(200);
    expect(Date.parse(saved.json().savedAt)).not.toBeNaN();

    const resumed: RespondQuestionnaire = (await open(app, invitation.token)).json();
    expect(resumed.draft).toEqual(draft);
    expect(resumed.draftSavedAt).toBe(saved.json().savedAt);

    // A later save replaces the draft as a whole: an answer taken back is gone.
    await put(app, invitation.token, { likert: { [a1.id]: 5 }, open: {} });
    expect((await open(app, invitation.token)).json().draft).toEqual({ likert: { [a1.id]: 5 }, open: {} });
  });

  it('refuses answers outside the scale, for items of another instrument, or of the wrong kind', async () => {
    const { app, db, invitation } = await setUp();
    const questionnaire: RespondQuestionnaire = (await open(app, invitation.token)).json();
    const a1 = questionnaire.instrument.dimensions[0]?.items[0]?.id ?? 0;
    const o1 = questionnaire.instrument.openQuestions[0]?.id ?? 0;
    const otherVersion = insertDefaultInstrumentVersion(db, insertCoalition(db, { slug: 'elders' }).id);
    const foreignItem = db.all<{ item_id: number }>(
      sql`select item_id from instrument_version_items where instrument_version_id = ${otherVersion} limit 1`,
    )[0]?.item_id;

    const outOfScale = await put(app, invitation.token, { likert: { [a1]: 6 }, open: {} });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().code).toBe('validation_failed');
    expect((await put(app, invitation.token, { likert: { [a1]: 2.5 }, open: {} })).statusCode).toBe(400);
    expect((await put(app, invitation.token, { likert: { [a1]: 'maybe' }, open: {} })).statusCode).toBe(400);
    expect((await put(app, invitation.token, { likert: {}, open: { [o1]: 'x'.repeat(2001) } })).statusCode).toBe(400);

    const foreign = await put(app, invitation.token, { likert: { [foreignItem ?? 0]: 3 }, open: {} });
    expect(foreign.json()).toMatchObject({ statusCode: 400, code: 'answers_invalid' });
    expect((await put(app, invitation.token, { likert: { [o1]: 3 }, open: {} })).json().code).toBe('answers_invalid');
    expect((await put(app, invitation.token, { likert: {}, open: { [a1]: 'tekst' } })).json().code).toBe(
      'answers_invalid',
    );
    expect((await open(app, invitation.token)).json().draft).toBeNull();
  });

  it('accepts JSON only, so a cross-site form cannot post to it', async () => {
    const { app, invitation } = await setUp();
    const url = `/api/respond/${invitation.token}/draft`;
    const asForm = await app.inject({
      method: 'PUT',
      url,
      payload: 'likert=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(asForm.statusCode).toBe(415);
    const asText = await app.inject({
      method: 'PUT',
      url,
      payload: '{"likert":{},"open":{}}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(asText.statusCode).toBe(415);
    expect(asText.json().code).toBe('unsupported_media_type');
  });

  it('leaves the CSRF check of signed-in routes in place', async () => {
    const { app, db } = await setUp();
    const user = insertUser(db, { email: 'coordinator@test.example' });
    insertMembership(db, user.id, 1, 'coordinator');
    const browser = await browserFor(app, user.id);
    const withoutToken = await app.inject({
      method: 'POST',
      url: '/api/coalitions/teststad/share-links',
      cookies: browser.cookies,
      payload: { quarter: '2026-Q3' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe('csrf_invalid');
    const withToken = await injectAs(app, browser, {
      method: 'POST',
      url: '/api/coalitions/teststad/share-links',
      payload: { quarter: '2026-Q3' },
    });
    expect(withToken.statusCode).toBe(201);
  });
});

describe('POST /api/respond/:token/submit', () => {
  it('stores one anonymous response with its answers, uses up the link and clears the draft', async () => {
    const { app, db, invitation, organisation, round } = await setUp();
    const questionnaire: RespondQuestionnaire = (await open(app, invitation.token)).json();
    const all = fullAnswers(questionnaire);
    await put(app, invitation.token, all);
    const auditBefore = db.select().from(auditLog).all().length;

    const submitted = await submit(app, invitation.token, all);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toEqual({ submitted: true });

    const stored = db.select().from(responses).all();
    expect(stored).toHaveLength(1);
    const [response] = stored;
    expect(response).toMatchObject({
      roundId: round.id,
      organisationId: organisation.id,
      respondentRole: 'verloskundige',
      importBatchId: null,
    });
    expect(response?.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = db
      .select()
      .from(answers)
      .where(eq(answers.responseId, response?.id ?? 0))
      .all();
    expect(rows).toHaveLength(37);
    expect(rows.filter((r) => r.dontKnow)).toEqual([expect.objectContaining({ value: null })]);
    expect(rows.filter((r) => r.text !== null).map((r) => r.text)).toEqual(['Antwoord O1', 'Antwoord O2']);

    const used = db.select().from(invitations).where(eq(invitations.id, invitation.id)).get();
    expect(used?.draft).toBeNull();
    expect(used?.respondedAt).toBe(response?.submittedOn);
    expect(db.select().from(auditLog).all()).toHaveLength(auditBefore);

    const again = await open(app, invitation.token);
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('questionnaire_link_used');
    expect((await put(app, invitation.token, all)).json().code).toBe('questionnaire_link_used');
    const twice = await submit(app, invitation.token, all);
    expect(twice.json()).toMatchObject({ statusCode: 410, code: 'questionnaire_link_used' });
    expect(db.select().from(responses).all()).toHaveLength(1);
  });

  it('keeps nothing that links the response to the invitation', async () => {
    const { app, db, invitation } = await setUp();
    const questionnaire: RespondQuestionnaire = (await open(app, invitation.token)).json();
    await put(app, invitation.token, fullAnswers(questionnaire));
    await submit(app, invitation.token, fullAnswers(questionnaire));

    // The schema: no table refers to both, and neither refers to the other.
    for (const table of tableNames(db)) {
      const targets = db.all<{ table: string }>(sql.raw(`select "table" from pragma_foreign_key_list('${table}')`));
      const refersTo = new Set(targets.map((t) => t.table));
      expect(refersTo.has('invitations') && refersTo.has('responses'), table).toBe(false);
      if (table === 'responses' || table === 'answers') expect(refersTo.has('invitations'), table).toBe(false);
      if (table === 'invitations') expect(refersTo.has('responses') || refersTo.has('answers')).toBe(false);
    }
    const responseColumns = db.all<{ name: string }>(sql`select name from pragma_table_info('responses')`);
    expect(responseColumns.map((c) => c.name).sort()).toEqual(
      [
        'coalition_id',
        'id',
        'import_batch_id',
        'organisation_id',
        'respondent_role',
        'round_id',
        'submitted_on',
      ].sort(),
    );

    // The rows: nothing of the invitation appears anywhere outside its own row, and no time of day is kept.
    const used = db.select().from(invitations).where(eq(invitations.id, invitation.id)).get();
    expect(used?.respondedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const secrets = [invitation.tokenHash, invitation.email, 'Fenna', invitation.token];
    for (const table of tableNames(db).filter((t) => t !== 'invitations')) {
      const dump = JSON.stringify(db.all(sql.raw(`select * from "${table}"`)));
      for (const secret of secrets) expect(dump, `${table} holds ${secret}`).not.toContain(secret);
    }
    expect(JSON.stringify(db.select().from(responses).all())).not.toMatch(/T\d{2}:\d{2}/);
  });

  it('gives two people who respond on the same day nothing that tells their responses apart', async () => {
    const { app, db, coalition, organisation, round, invitation } = await setUp();
    const second = insertRespondentInvitation(db, {
      coalitionId: coalition.id,
      roundId: round.id,
      organisationId: organisation.id,
      email: 'tweede@wieg.example',
      respondentRole: 'verloskundige',
    });
    const all = fullAnswers((await open(app, invitation.token)).json());
    await submit(app, second.token, all);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await submit(app, invitation.token, all);

    const used = db.select({ respondedAt: invitations.respondedAt }).from(invitations).all();
    const stored = db.select().from(responses).all();
    expect(new Set(used.map((u) => u.respondedAt)).size).toBe(1);
    // Apart from their ids, the two responses are identical rows.
    const [one, other] = stored.map(({ id: _id, ...rest }) => rest);
    expect(stored).toHaveLength(2);
    expect(one).toEqual(other);
  });

  it('stores exactly one response when the same link is submitted several times at once', async () => {
    const { app, db, invitation } = await setUp();
    const all = fullAnswers((await open(app, invitation.token)).json());
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(app, invitation.token, all)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 410, 410, 410, 410, 410, 410, 410]);
    expect(db.select().from(responses).all()).toHaveLength(1);
    expect(db.select().from(answers).all()).toHaveLength(37);
  });

  it('refuses inside the transaction when the link was used after it was checked', async () => {
    const { app, db, invitation } = await setUp();
    const all = fullAnswers((await open(app, invitation.token)).json());
    const stale = queries.findInvitationByTokenHash(db, invitation.tokenHash);
    expect((await submit(app, invitation.token, all)).statusCode).toBe(200);

    // A second server (or a request that read before the first one wrote) still sees the link unused.
    vi.mocked(queries.findInvitationByTokenHash).mockReturnValueOnce(stale);
    const late = await submit(app, invitation.token, all);
    expect(late.json()).toMatchObject({ statusCode: 410, code: 'questionnaire_link_used' });
    expect(db.select().from(responses).all()).toHaveLength(1);
    expect(db.select().from(answers).all()).toHaveLength(37);
  });

  it('refuses an empty response and a closed round, and keeps the link usable after a refusal', async () => {
    const { app, db, invitation, round } = await setUp();
    const all = fullAnswers((await open(app, invitation.token)).json());
    const o1 = Object.keys(all.open)[0] ?? '';
    const blank = await submit(app, invitation.token, { likert: {}, open: { [o1]: '   ' } });
    expect(blank.json()).toMatchObject({ statusCode: 400, code: 'answers_empty' });
    expect((await submit(app, invitation.token, { likert: {}, open: {} })).json().code).toBe('answers_empty');

    db.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, round.id)).run();
    expect((await submit(app, invitation.token, all)).json().code).toBe('questionnaire_closed');
    db.update(rounds).set({ status: 'open' }).where(eq(rounds.id, round.id)).run();
    expect((await submit(app, invitation.token, all)).statusCode).toBe(200);
  });

  it('accepts a response with some statements left open', async () => {
    const { app, db, invitation } = await setUp();
    const questionnaire: RespondQuestionnaire = (await open(app, invitation.token)).json();
    const a1 = questionnaire.instrument.dimensions[0]?.items[0]?.id ?? 0;
    expect((await submit(app, invitation.token, { likert: { [a1]: 3 }, open: {} })).statusCode).toBe(200);
    expect(db.select().from(answers).all()).toEqual([
      expect.objectContaining({ itemId: a1, value: 3, dontKnow: false, text: null }),
    ]);
  });
});
