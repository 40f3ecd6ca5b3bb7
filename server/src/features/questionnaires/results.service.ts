import type { Db } from '@tks/db/client';
import {
  answers,
  dimensions,
  instrumentVersionItems,
  organisations,
  responses,
  roundConclusions,
  rounds,
} from '@tks/db/schema';
import type { CoalitionRole } from '@tks/shared/domain';
import {
  type AnswerValue,
  compareRounds,
  type DimensionSummary,
  distributionOf,
  summariseAnswers,
  summariseRespondents,
} from '@tks/shared/questionnaire-results';
import type {
  Breakdown,
  DimensionResult,
  GroupResult,
  RoundResults,
  RoundSummary,
} from '@tks/shared/schemas/questionnaires';
import { bandOf, DEFAULT_BANDS } from '@tks/shared/scoring';
import { type Suppression, suppressAgainst, suppressGroups } from '@tks/shared/suppression';
import { and, asc, desc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { HttpError } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { versionDimensions, versionItems } from './instruments.service';
import { minGroupSizeOf, requireRound } from './rounds.service';

/*
 * Results are computed here and only here: what the server does not send, no page can show. Every
 * group a figure is shown for passes suppressGroups (and, for roles, suppressAgainst the
 * organisations), per dimension, because "don't know" makes the number of respondents differ
 * between dimensions.
 */

const NO_ROLE = '__none__';

interface Respondent {
  id: number;
  organisationId: number;
  role: string;
}

interface RoundData {
  respondents: Respondent[];
  /** Answers by item id. */
  answers: Array<AnswerValue & { itemId: number; text: string | null }>;
}

function loadRoundData(db: Db, roundId: number): RoundData {
  const respondents = db
    .select({ id: responses.id, organisationId: responses.organisationId, role: responses.respondentRole })
    .from(responses)
    .where(eq(responses.roundId, roundId))
    .all()
    .map((r) => ({ ...r, role: r.role?.trim() || NO_ROLE }));
  const ids = respondents.map((r) => r.id);
  const rows =
    ids.length === 0
      ? []
      : db
          .select({
            responseId: answers.responseId,
            itemId: answers.itemId,
            value: answers.value,
            dontKnow: answers.dontKnow,
            text: answers.text,
          })
          .from(answers)
          .innerJoin(responses, eq(responses.id, answers.responseId))
          .where(eq(responses.roundId, roundId))
          .all();
  return { respondents, answers: rows };
}

function dimensionAnswers(data: RoundData, itemIds: ReadonlySet<number>) {
  return data.answers.filter((a) => itemIds.has(a.itemId));
}

/** Per dimension of an earlier round, aggregated in SQL: only what the change rule needs. */
function summariesByDimension(db: Db, round: { id: number; instrumentVersionId: number }) {
  const rows = db
    .select({
      code: dimensions.code,
      responseId: answers.responseId,
      sum: sql<number>`sum(${answers.value})`,
      count: sql<number>`count(${answers.value})`,
    })
    .from(responses)
    .innerJoin(answers, eq(answers.responseId, responses.id))
    .innerJoin(
      instrumentVersionItems,
      and(
        eq(instrumentVersionItems.itemId, answers.itemId),
        eq(instrumentVersionItems.instrumentVersionId, round.instrumentVersionId),
      ),
    )
    .innerJoin(dimensions, eq(dimensions.id, instrumentVersionItems.dimensionId))
    .where(and(eq(responses.roundId, round.id), isNotNull(answers.value), eq(answers.dontKnow, false)))
    .groupBy(dimensions.code, answers.responseId)
    .all();
  const byCode = new Map<string, Array<{ sum: number; count: number }>>();
  for (const row of rows) {
    const list = byCode.get(row.code) ?? [];
    list.push({ sum: row.sum, count: row.count });
    byCode.set(row.code, list);
  }
  return new Map([...byCode].map(([code, list]) => [code, summariseRespondents(list)] as const));
}

function previousClosedRound(db: Db, coalitionId: number, round: RoundSummary) {
  return (
    db
      .select({
        id: rounds.id,
        title: rounds.title,
        quarter: rounds.quarter,
        instrumentVersionId: rounds.instrumentVersionId,
      })
      .from(rounds)
      .where(
        and(
          eq(rounds.coalitionId, coalitionId),
          eq(rounds.status, 'closed'),
          isNull(rounds.archivedAt),
          lt(rounds.quarterIndex, quarterIndexOf(db, round.id)),
        ),
      )
      .orderBy(desc(rounds.quarterIndex), desc(rounds.id))
      .get() ?? null
  );
}

function quarterIndexOf(db: Db, roundId: number): number {
  return db.select({ q: rounds.quarterIndex }).from(rounds).where(eq(rounds.id, roundId)).get()?.q ?? 0;
}

function countBy<K extends string | number>(
  list: readonly Respondent[],
  key: (r: Respondent) => K,
  order: readonly K[],
) {
  const counts = new Map<K, number>(order.map((k) => [k, 0]));
  for (const r of list) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return [...counts.entries()].map(([k, n]) => ({ key: k, n }));
}

/** Organisations first, then roles against them: the same rules whichever breakdown is asked for. */
function suppressionFor(
  breakdown: Breakdown,
  group: readonly Respondent[],
  orgOrder: readonly number[],
  roleOrder: readonly string[],
  min: number,
): Suppression<string> {
  const byOrg = suppressGroups(
    countBy(group, (r) => r.organisationId, orgOrder),
    min,
  );
  if (breakdown === 'organisation') {
    return { ...byOrg, groups: byOrg.groups.map((g) => ({ ...g, key: String(g.key) })) };
  }
  const byRole = suppressGroups(
    countBy(group, (r) => r.role, roleOrder),
    min,
  );
  if (breakdown === 'none') return { ...byRole, groups: [] };
  const cells = new Map<string, number>();
  for (const r of group)
    cells.set(`${r.organisationId}|${r.role}`, (cells.get(`${r.organisationId}|${r.role}`) ?? 0) + 1);
  return suppressAgainst(byOrg, byRole, (o, role) => cells.get(`${o}|${role}`) ?? 0, min);
}

export function getRoundResults(
  db: Db,
  coalition: { id: number; role: CoalitionRole },
  roundId: number,
  breakdown: Breakdown,
): RoundResults {
  const round = requireRound(db, coalition.id, roundId);
  if (round.status !== 'closed' && coalition.role !== 'coordinator') {
    throw new HttpError(403, 'results_not_available');
  }
  const min = minGroupSizeOf(db, coalition.id);
  const data = loadRoundData(db, round.id);
  const placed = versionItems(db, round.instrumentVersionId);
  const dims = versionDimensions(db, [round.instrumentVersionId]);
  const respondentById = new Map(data.respondents.map((r) => [r.id, r]));
  const published = data.respondents.length >= min;

  const orgNames = new Map(
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.coalitionId, coalition.id))
      .orderBy(asc(organisations.name))
      .all()
      .map((o) => [o.id, o.name]),
  );
  const orgOrder = [...new Set(data.respondents.map((r) => r.organisationId))].sort((a, b) =>
    (orgNames.get(a) ?? '').localeCompare(orgNames.get(b) ?? '', 'nl'),
  );
  const roleOrder = [...new Set(data.respondents.map((r) => r.role))].sort((a, b) => a.localeCompare(b, 'nl'));
  const keyOf = (r: Respondent) => (breakdown === 'organisation' ? String(r.organisationId) : r.role);
  const labelOf = (key: string) =>
    breakdown === 'organisation' ? (orgNames.get(Number(key)) ?? key) : key === NO_ROLE ? '' : key;

  const groupResults = (suppression: Suppression<string>, answersOf: (key: string) => AnswerValue[]): GroupResult[] =>
    breakdown === 'none'
      ? []
      : suppression.groups.map((g) => {
          const summary = g.published ? summariseAnswers(answersOf(g.key)) : null;
          return {
            key: g.key,
            label: labelOf(g.key),
            n: g.n,
            published: g.published,
            mean: summary?.mean ?? null,
            score: summary?.score ?? null,
          };
        });

  // Respondents in the round, by group, for the overall list and the open answers.
  const overallSuppression = suppressionFor(breakdown, data.respondents, orgOrder, roleOrder, min);
  const likertIds = new Set(placed.filter((p) => p.kind === 'likert').map((p) => p.id));
  const likertAnswers = data.answers.filter((a) => likertIds.has(a.itemId));
  const overall = published ? summariseAnswers(likertAnswers) : null;
  const groups = groupResults(overallSuppression, (key) =>
    likertAnswers.filter((a) => {
      const r = respondentById.get(a.responseId);
      return r !== undefined && keyOf(r) === key;
    }),
  );

  const previous = previousClosedRound(db, coalition.id, round);
  const previousSummaries = previous ? summariesByDimension(db, previous) : new Map<string, DimensionSummary>();

  const dimensionResults: DimensionResult[] = dims.map((d) => {
    const dimItems = placed.filter((p) => p.dimensionId === d.id);
    const ids = new Set(dimItems.map((p) => p.id));
    const dimAnswers = dimensionAnswers(data, ids);
    const summary = summariseAnswers(dimAnswers);
    const shown = published && summary.n >= min;
    const answeringIds = new Set(dimAnswers.filter((a) => !a.dontKnow && a.value !== null).map((a) => a.responseId));
    const answering = data.respondents.filter((r) => answeringIds.has(r.id));
    const answersOfGroup = (key: string) =>
      dimAnswers.filter((a) => {
        const r = respondentById.get(a.responseId);
        return r !== undefined && keyOf(r) === key;
      });
    const dimGroups = shown
      ? groupResults(suppressionFor(breakdown, answering, orgOrder, roleOrder, min), answersOfGroup)
      : [];
    // The spread between organisations uses only organisations that may be shown.
    const orgSuppression = suppressionFor('organisation', answering, orgOrder, roleOrder, min);
    const orgScores = shown
      ? orgSuppression.groups
          .filter((g) => g.published)
          .map(
            (g) =>
              summariseAnswers(
                dimAnswers.filter((a) => String(respondentById.get(a.responseId)?.organisationId) === g.key),
              ).score,
          )
          .filter((s): s is number => s !== null)
      : [];
    const before = previousSummaries.get(d.code);
    const change = shown && before && before.n >= min ? compareRounds(summary, before) : null;
    return {
      code: d.code,
      nameNl: d.nameNl,
      nameEn: d.nameEn,
      component: d.component,
      n: summary.n,
      published: shown,
      mean: shown ? summary.mean : null,
      score: shown ? summary.score : null,
      band: shown ? bandOf(summary.score, DEFAULT_BANDS) : null,
      distribution: shown ? distributionOf(dimAnswers) : null,
      spread:
        orgScores.length >= 2
          ? { organisations: orgScores.length, lowest: Math.min(...orgScores), highest: Math.max(...orgScores) }
          : null,
      change:
        change && before?.score !== null && before?.score !== undefined
          ? { previousScore: before.score, change: change.change, margin: change.margin, meaningful: change.meaningful }
          : null,
      groups: dimGroups,
      items: dimItems.map((item) => {
        const itemAnswers = dimAnswers.filter((a) => a.itemId === item.id);
        const s = summariseAnswers(itemAnswers);
        const itemShown = shown && s.n >= min;
        return {
          code: item.code,
          textNl: item.textNl,
          textEn: item.textEn,
          n: s.n,
          mean: itemShown ? s.mean : null,
          distribution: itemShown ? distributionOf(itemAnswers) : null,
        };
      }),
    };
  });

  const openQuestions = placed
    .filter((p) => p.kind === 'open')
    .map((q) => {
      const texts = data.answers.filter((a) => a.itemId === q.id && a.text && a.text.trim() !== '');
      // Alphabetical, never in order of arrival: the order could be matched to who responded when.
      const sorted = (list: typeof texts) =>
        list.map((a) => (a.text ?? '').trim()).sort((a, b) => a.localeCompare(b, 'nl'));
      return {
        code: q.code,
        textNl: q.textNl,
        textEn: q.textEn,
        answers: published ? sorted(texts) : null,
        groups:
          published && breakdown !== 'none'
            ? overallSuppression.groups
                .filter((g) => g.published)
                .map((g) => ({
                  key: g.key,
                  label: labelOf(g.key),
                  answers: sorted(
                    texts.filter((a) => {
                      const r = respondentById.get(a.responseId);
                      return r !== undefined && keyOf(r) === g.key;
                    }),
                  ),
                }))
            : [],
      };
    });

  const conclusions = db
    .select({
      dimensionCode: roundConclusions.dimensionCode,
      conclusion: roundConclusions.conclusion,
      updatedAt: roundConclusions.updatedAt,
    })
    .from(roundConclusions)
    .where(eq(roundConclusions.roundId, round.id))
    .all();

  return {
    round,
    breakdown,
    minGroupSize: min,
    respondents: data.respondents.length,
    published,
    preliminary: round.status !== 'closed',
    previousRound: previous ? { id: previous.id, title: previous.title, quarter: previous.quarter } : null,
    bands: [...DEFAULT_BANDS],
    overall: {
      mean: overall?.mean ?? null,
      score: overall?.score ?? null,
      band: overall ? bandOf(overall.score, DEFAULT_BANDS) : null,
    },
    groups,
    dimensions: dimensionResults,
    openQuestions,
    conclusions,
  };
}

export function saveConclusion(
  db: Db,
  coalitionId: number,
  roundId: number,
  input: { dimensionCode: string | null; conclusion: string },
  actor: Actor,
) {
  requireRound(db, coalitionId, roundId);
  db.transaction((tx) => {
    const existing = tx
      .select({ id: roundConclusions.id, conclusion: roundConclusions.conclusion })
      .from(roundConclusions)
      .where(
        and(
          eq(roundConclusions.roundId, roundId),
          input.dimensionCode === null
            ? isNull(roundConclusions.dimensionCode)
            : eq(roundConclusions.dimensionCode, input.dimensionCode),
        ),
      )
      .get();
    const now = new Date().toISOString();
    if (existing) {
      tx.update(roundConclusions)
        .set({ conclusion: input.conclusion, updatedBy: actor.userId, updatedAt: now })
        .where(eq(roundConclusions.id, existing.id))
        .run();
    } else {
      tx.insert(roundConclusions)
        .values({
          coalitionId,
          roundId,
          dimensionCode: input.dimensionCode,
          conclusion: input.conclusion,
          updatedBy: actor.userId,
        })
        .run();
    }
    recordAudit(tx, actor, {
      coalitionId,
      action: existing ? 'update' : 'create',
      entityType: 'round_conclusion',
      entityId: `${roundId}:${input.dimensionCode ?? '*'}`,
      before: existing ? { conclusion: existing.conclusion } : undefined,
      after: { conclusion: input.conclusion },
    });
  });
  return db
    .select({
      dimensionCode: roundConclusions.dimensionCode,
      conclusion: roundConclusions.conclusion,
      updatedAt: roundConclusions.updatedAt,
    })
    .from(roundConclusions)
    .where(eq(roundConclusions.roundId, roundId))
    .all();
}
