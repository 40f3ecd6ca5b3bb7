import type { Db } from '@tks/db/client';
import { indicatorDefinitions, indicatorReferences } from '@tks/db/schema';
import type { IndicatorReferenceKind } from '@tks/shared/domain';
import { bandIssueMessage, checkBands } from '@tks/shared/indicator-bands';
import { INDICATOR_CATALOGUE } from '@tks/shared/indicator-catalogue';
import { SUPPRESSION_THRESHOLD, suppressSmallCounts, valueInterval } from '@tks/shared/indicator-stats';
import { parseQuarterKey, quarterIndex, quarterKey, quarterOfDate } from '@tks/shared/periods';
import type {
  IndicatorDefinition,
  IndicatorDetail,
  IndicatorReference,
  IndicatorSummary,
  zIndicatorDefinitionInput,
  zNewIndicator,
  zReferenceInput,
} from '@tks/shared/schemas/indicators';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, type LocalizedFieldError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { requireCoalition } from '../coalitions/coalitions.service';
import {
  type DefinitionRow,
  selectCodes,
  selectDefinitionByCode,
  selectIndicatorDefinitions,
  selectLatestValues,
  selectMaxSortOrder,
  selectReferences,
  selectValueHistory,
} from './indicators.queries';

type DefinitionInput = z.output<typeof zIndicatorDefinitionInput>;
type NewIndicatorInput = z.output<typeof zNewIndicator>;
type ReferenceInput = z.output<typeof zReferenceInput>;

export function listIndicators(db: Db, slug: string): IndicatorSummary[] {
  const coalition = requireCoalition(db, slug);
  const latest = new Map(selectLatestValues(db, coalition.id).map((v) => [v.indicatorId, v]));
  return selectIndicatorDefinitions(db, coalition.id).map(({ archivedAt, ...definition }) => {
    const value = latest.get(definition.id);
    const shown = value ? suppressSmallCounts(value, definition) : null;
    return {
      ...definition,
      archived: archivedAt !== null,
      latest: value && shown ? { period: value.period, value: shown.value, suppressed: shown.suppressed } : null,
    };
  });
}

function toDefinition({ archivedAt, ...row }: DefinitionRow): IndicatorDefinition {
  return { ...row, archived: archivedAt !== null, archivedAt };
}

export function requireIndicator(db: Db, coalitionId: number, code: string): DefinitionRow {
  const row = selectDefinitionByCode(db, coalitionId, code);
  if (!row) throw notFound('indicator_not_found');
  return row;
}

/** The entry of a kind that holds in quarter q: the latest one valid from q or earlier. */
export function referenceAt<T extends { kind: IndicatorReferenceKind; validFromIndex: number }>(
  references: readonly T[],
  kind: IndicatorReferenceKind,
  q: number,
): T | null {
  let found: T | null = null;
  for (const entry of references) {
    if (entry.kind === kind && entry.validFromIndex <= q && (!found || entry.validFromIndex > found.validFromIndex)) {
      found = entry;
    }
  }
  return found;
}

/** The definition, its reference points, and every value with the import it came from. */
export function getIndicatorDetail(db: Db, coalitionId: number, code: string, today = new Date()): IndicatorDetail {
  const definition = requireIndicator(db, coalitionId, code);
  const references: IndicatorReference[] = selectReferences(db, definition.id);
  const q = quarterIndex(quarterOfDate(today));
  const values = selectValueHistory(db, coalitionId, definition.id).map((row) => {
    const shown = suppressSmallCounts(row, definition);
    return {
      id: row.id,
      period: row.period,
      periodFirstIndex: row.periodFirstIndex,
      periodLastIndex: row.periodLastIndex,
      ...shown,
      interval: shown.suppressed ? null : valueInterval(shown.numerator, shown.denominator, definition.factor),
      current: row.supersededAt === null,
      createdAt: row.createdAt,
      supersededAt: row.supersededAt,
      batch:
        row.batchId === null
          ? null
          : {
              id: row.batchId,
              fileName: row.batchFileName ?? '',
              channel: row.batchChannel ?? 'web',
              status: row.batchStatus ?? 'committed',
              createdAt: row.batchCreatedAt ?? '',
              by: row.userName ?? row.userEmail ?? row.apiKeyName ?? null,
            },
    };
  });
  return {
    indicator: toDefinition(definition),
    references,
    current: {
      quarter: quarterKey(quarterOfDate(today)),
      target: referenceAt(references, 'target', q),
      baseline: referenceAt(references, 'baseline', q),
      national: referenceAt(references, 'national', q),
    },
    values,
    suppressionThreshold: SUPPRESSION_THRESHOLD,
  };
}

const message = (nl: string, en: string) => ({ nl, en });

/** The rules of a definition that one field alone cannot check, as errors beside their fields. */
function definitionProblems(input: DefinitionInput): LocalizedFieldError[] {
  const problems: LocalizedFieldError[] = [];
  const { plausibleMin: min, plausibleMax: max, colourBands } = input;
  if (min !== null && max !== null && !(max > min)) {
    problems.push({
      path: 'body.plausibleMax',
      message: message(
        'De bovengrens van het plausibele bereik moet hoger zijn dan de ondergrens.',
        'The top of the plausible range must be higher than the bottom.',
      ),
    });
  }
  if (colourBands) {
    if (min === null || max === null) {
      problems.push({
        path: min === null ? 'body.plausibleMin' : 'body.plausibleMax',
        message: message(
          'Kleurbanden liggen op het plausibele bereik: vul de onder- en bovengrens daarvan in.',
          'Colour bands lie on the plausible range: fill in its bottom and top.',
        ),
      });
    } else if (max > min) {
      for (const issue of checkBands(colourBands, { min, max })) {
        problems.push({
          path: `body.colourBands.${issue.index}.${issue.field}`,
          message: { nl: bandIssueMessage(issue, 'nl'), en: bandIssueMessage(issue, 'en') },
        });
      }
    }
  }
  return problems;
}

function assertValid(problems: LocalizedFieldError[]) {
  if (problems.length > 0) throw new HttpError(400, 'validation_failed', problems);
}

function definitionValues(input: DefinitionInput) {
  return {
    nameNl: input.nameNl,
    nameEn: input.nameEn,
    descriptionNl: input.descriptionNl,
    descriptionEn: input.descriptionEn,
    source: input.source,
    component: input.component,
    unit: input.unit,
    numeratorText: input.numeratorText || null,
    denominatorText: input.denominatorText || null,
    factor: input.factor,
    direction: input.direction,
    frequency: input.frequency,
    plausibleMin: input.plausibleMin,
    plausibleMax: input.plausibleMax,
    colourBands: input.colourBands,
  };
}

function insertReference(tx: Db, coalitionId: number, indicatorId: number, input: ReferenceInput, actor: Actor) {
  const validFromIndex = quarterIndex(parseQuarterKey(input.validFrom));
  const existing = tx
    .select()
    .from(indicatorReferences)
    .where(
      and(
        eq(indicatorReferences.indicatorId, indicatorId),
        eq(indicatorReferences.kind, input.kind),
        eq(indicatorReferences.validFromIndex, validFromIndex),
      ),
    )
    .get();
  if (existing) {
    // The same kind from the same quarter is a correction of that entry, not a new step.
    const after = { ...existing, value: input.value, note: input.note };
    tx.update(indicatorReferences)
      .set({ value: input.value, note: input.note })
      .where(eq(indicatorReferences.id, existing.id))
      .run();
    recordAudit(tx, actor, {
      coalitionId,
      action: 'update',
      entityType: 'indicator_reference',
      entityId: existing.id,
      before: existing,
      after,
    });
    return existing.id;
  }
  const [row] = tx
    .insert(indicatorReferences)
    .values({
      coalitionId,
      indicatorId,
      kind: input.kind,
      validFromQuarter: input.validFrom,
      validFromIndex,
      value: input.value,
      note: input.note,
      createdBy: actor.userId,
    })
    .returning()
    .all();
  if (!row) throw new Error('reference not inserted');
  recordAudit(tx, actor, {
    coalitionId,
    action: 'create',
    entityType: 'indicator_reference',
    entityId: row.id,
    after: row,
  });
  return row.id;
}

export function createIndicator(db: Db, coalitionId: number, input: NewIndicatorInput, actor: Actor) {
  assertValid(
    definitionProblems(input).concat(
      checkDuplicateReferences(input.references).map((index) => ({
        path: `body.references.${index}.validFrom`,
        message: message(
          'Deze soort heeft al een waarde vanaf dit kwartaal.',
          'This kind already has a value from this quarter.',
        ),
      })),
    ),
  );
  if (selectDefinitionByCode(db, coalitionId, input.code)) throw new HttpError(409, 'indicator_code_taken');
  return db.transaction((tx) => {
    const [row] = tx
      .insert(indicatorDefinitions)
      .values({
        coalitionId,
        code: input.code,
        ...definitionValues(input),
        sortOrder: selectMaxSortOrder(tx, coalitionId) + 1,
        createdBy: actor.userId,
      })
      .returning()
      .all();
    if (!row) throw new Error('indicator not inserted');
    recordAudit(tx, actor, { coalitionId, action: 'create', entityType: 'indicator', entityId: row.id, after: row });
    for (const reference of input.references) insertReference(tx, coalitionId, row.id, reference, actor);
    return getIndicatorDetail(tx, coalitionId, row.code);
  });
}

function checkDuplicateReferences(references: readonly ReferenceInput[]): number[] {
  const seen = new Set<string>();
  return references.flatMap((reference, index) => {
    const key = `${reference.kind}:${reference.validFrom}`;
    if (seen.has(key)) return [index];
    seen.add(key);
    return [];
  });
}

export function updateIndicator(db: Db, coalitionId: number, code: string, input: DefinitionInput, actor: Actor) {
  assertValid(definitionProblems(input));
  return db.transaction((tx) => {
    const before = requireIndicator(tx, coalitionId, code);
    const values = definitionValues(input);
    tx.update(indicatorDefinitions)
      .set({ ...values, updatedAt: new Date().toISOString() })
      .where(eq(indicatorDefinitions.id, before.id))
      .run();
    recordAudit(tx, actor, {
      coalitionId,
      action: 'update',
      entityType: 'indicator',
      entityId: before.id,
      before,
      after: { ...before, ...values },
    });
    return getIndicatorDetail(tx, coalitionId, before.code);
  });
}

/**
 * Archiving keeps the definition and every value: old reports and the indicator's own page still
 * show them; the thermometer stops counting it from the quarter it was archived in.
 */
export function setIndicatorArchived(db: Db, coalitionId: number, code: string, archived: boolean, actor: Actor) {
  return db.transaction((tx) => {
    const before = requireIndicator(tx, coalitionId, code);
    if ((before.archivedAt !== null) !== archived) {
      const now = new Date().toISOString();
      tx.update(indicatorDefinitions)
        .set({ archivedAt: archived ? now : null, updatedAt: now })
        .where(eq(indicatorDefinitions.id, before.id))
        .run();
      recordAudit(tx, actor, {
        coalitionId,
        action: archived ? 'archive' : 'restore',
        entityType: 'indicator',
        entityId: before.id,
        before: { code: before.code, archivedAt: before.archivedAt },
        after: { code: before.code, archivedAt: archived ? now : null },
      });
    }
    return getIndicatorDetail(tx, coalitionId, before.code);
  });
}

/** A new target, baseline or national value from a quarter on; earlier quarters keep theirs. */
export function addReference(db: Db, coalitionId: number, code: string, input: ReferenceInput, actor: Actor) {
  return db.transaction((tx) => {
    const definition = requireIndicator(tx, coalitionId, code);
    insertReference(tx, coalitionId, definition.id, input, actor);
    return getIndicatorDetail(tx, coalitionId, definition.code);
  });
}

/** Default targets and national values hold from here on, so that they cover imported history. */
export const CATALOGUE_REFERENCES_FROM = '2020-Q1';

/**
 * Adds every indicator of the default catalogue that the coalition does not have yet (by code),
 * with its default target, baseline and national value. Existing indicators are left alone, so
 * running it twice adds nothing. Call inside the caller's transaction.
 */
export function addDefaultCatalogue(tx: Db, coalitionId: number, actor: Actor): string[] {
  const existing = new Set(selectCodes(tx, coalitionId));
  let sortOrder = selectMaxSortOrder(tx, coalitionId);
  const added: string[] = [];
  for (const entry of INDICATOR_CATALOGUE) {
    if (existing.has(entry.code)) continue;
    sortOrder += 1;
    const [row] = tx
      .insert(indicatorDefinitions)
      .values({
        coalitionId,
        code: entry.code,
        nameNl: entry.nameNl,
        nameEn: entry.nameEn,
        descriptionNl: entry.descriptionNl,
        descriptionEn: entry.descriptionEn,
        source: entry.source,
        component: entry.component,
        unit: entry.unit,
        numeratorText: entry.numeratorText,
        denominatorText: entry.denominatorText,
        factor: entry.factor,
        direction: entry.direction,
        frequency: entry.frequency,
        plausibleMin: entry.plausibleMin,
        plausibleMax: entry.plausibleMax,
        sortOrder,
        createdBy: actor.userId,
      })
      .returning({ id: indicatorDefinitions.id })
      .all();
    if (!row) throw new Error('indicator not inserted');
    const from = {
      validFromQuarter: CATALOGUE_REFERENCES_FROM,
      validFromIndex: quarterIndex(parseQuarterKey(CATALOGUE_REFERENCES_FROM)),
    };
    const references = [
      { kind: 'target' as const, value: entry.defaultTarget },
      { kind: 'baseline' as const, value: entry.defaultBaseline },
      { kind: 'national' as const, value: entry.nationalValue },
    ].flatMap(({ kind, value }) =>
      value === null ? [] : [{ coalitionId, indicatorId: row.id, kind, value, ...from, createdBy: actor.userId }],
    );
    if (references.length > 0) tx.insert(indicatorReferences).values(references).run();
    added.push(entry.code);
  }
  if (added.length > 0) {
    recordAudit(tx, actor, {
      coalitionId,
      action: 'create',
      entityType: 'indicator_catalogue',
      entityId: null,
      after: { added },
    });
  }
  return added;
}
