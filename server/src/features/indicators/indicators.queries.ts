import type { Db } from '@tks/db/client';
import {
  apiKeys,
  importBatches,
  indicatorDefinitions,
  indicatorReferences,
  indicatorValues,
  users,
} from '@tks/db/schema';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';

export function selectIndicatorDefinitions(db: Db, coalitionId: number) {
  return db
    .select({
      id: indicatorDefinitions.id,
      code: indicatorDefinitions.code,
      nameNl: indicatorDefinitions.nameNl,
      nameEn: indicatorDefinitions.nameEn,
      source: indicatorDefinitions.source,
      component: indicatorDefinitions.component,
      unit: indicatorDefinitions.unit,
      direction: indicatorDefinitions.direction,
      frequency: indicatorDefinitions.frequency,
      archivedAt: indicatorDefinitions.archivedAt,
    })
    .from(indicatorDefinitions)
    .where(eq(indicatorDefinitions.coalitionId, coalitionId))
    .orderBy(asc(indicatorDefinitions.sortOrder), asc(indicatorDefinitions.code))
    .all();
}

/** The most recent current value of every indicator of a coalition that has any. */
export function selectLatestValues(db: Db, coalitionId: number) {
  return db
    .select({
      indicatorId: indicatorValues.indicatorId,
      period: indicatorValues.period,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.coalitionId, coalitionId),
        isNull(indicatorValues.supersededAt),
        eq(
          indicatorValues.periodLastIndex,
          sql`(select max(latest.period_last_index) from ${indicatorValues} as latest
               where latest.indicator_id = ${indicatorValues.indicatorId} and latest.superseded_at is null)`,
        ),
      ),
    )
    .all();
}

const definitionColumns = {
  id: indicatorDefinitions.id,
  code: indicatorDefinitions.code,
  nameNl: indicatorDefinitions.nameNl,
  nameEn: indicatorDefinitions.nameEn,
  descriptionNl: indicatorDefinitions.descriptionNl,
  descriptionEn: indicatorDefinitions.descriptionEn,
  source: indicatorDefinitions.source,
  component: indicatorDefinitions.component,
  unit: indicatorDefinitions.unit,
  numeratorText: indicatorDefinitions.numeratorText,
  denominatorText: indicatorDefinitions.denominatorText,
  factor: indicatorDefinitions.factor,
  direction: indicatorDefinitions.direction,
  frequency: indicatorDefinitions.frequency,
  plausibleMin: indicatorDefinitions.plausibleMin,
  plausibleMax: indicatorDefinitions.plausibleMax,
  colourBands: indicatorDefinitions.colourBands,
  archivedAt: indicatorDefinitions.archivedAt,
  updatedAt: indicatorDefinitions.updatedAt,
};

export type DefinitionRow = NonNullable<ReturnType<typeof selectDefinitionByCode>>;

/** Codes are matched as stored (upper case); archived indicators are found too. */
export function selectDefinitionByCode(db: Db, coalitionId: number, code: string) {
  return db
    .select(definitionColumns)
    .from(indicatorDefinitions)
    .where(and(eq(indicatorDefinitions.coalitionId, coalitionId), eq(indicatorDefinitions.code, code.toUpperCase())))
    .get();
}

export function selectCodes(db: Db, coalitionId: number): string[] {
  return db
    .select({ code: indicatorDefinitions.code })
    .from(indicatorDefinitions)
    .where(eq(indicatorDefinitions.coalitionId, coalitionId))
    .all()
    .map((row) => row.code);
}

export function selectMaxSortOrder(db: Db, coalitionId: number): number {
  const row = db
    .select({ max: sql<number | null>`max(${indicatorDefinitions.sortOrder})` })
    .from(indicatorDefinitions)
    .where(eq(indicatorDefinitions.coalitionId, coalitionId))
    .get();
  return row?.max ?? 0;
}

export function selectReferences(db: Db, indicatorId: number) {
  return db
    .select({
      id: indicatorReferences.id,
      kind: indicatorReferences.kind,
      validFrom: indicatorReferences.validFromQuarter,
      validFromIndex: indicatorReferences.validFromIndex,
      value: indicatorReferences.value,
      note: indicatorReferences.note,
      createdAt: indicatorReferences.createdAt,
    })
    .from(indicatorReferences)
    .where(eq(indicatorReferences.indicatorId, indicatorId))
    .orderBy(asc(indicatorReferences.kind), asc(indicatorReferences.validFromIndex))
    .all();
}

/** Every value of one indicator, superseded ones included, with the import each came from. */
export function selectValueHistory(db: Db, coalitionId: number, indicatorId: number) {
  return db
    .select({
      id: indicatorValues.id,
      period: indicatorValues.period,
      periodFirstIndex: indicatorValues.periodFirstIndex,
      periodLastIndex: indicatorValues.periodLastIndex,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
      createdAt: indicatorValues.createdAt,
      supersededAt: indicatorValues.supersededAt,
      batchId: importBatches.id,
      batchFileName: importBatches.fileName,
      batchChannel: importBatches.channel,
      batchStatus: importBatches.status,
      batchCreatedAt: importBatches.createdAt,
      userName: users.name,
      userEmail: users.email,
      apiKeyName: apiKeys.name,
    })
    .from(indicatorValues)
    .leftJoin(importBatches, eq(importBatches.id, indicatorValues.importBatchId))
    .leftJoin(users, eq(users.id, importBatches.userId))
    .leftJoin(apiKeys, eq(apiKeys.id, importBatches.apiKeyId))
    .where(and(eq(indicatorValues.coalitionId, coalitionId), eq(indicatorValues.indicatorId, indicatorId)))
    .orderBy(
      asc(indicatorValues.periodFirstIndex),
      asc(indicatorValues.periodLastIndex),
      // Within a period the superseded values first, the current one last.
      sql`${indicatorValues.supersededAt} is null`,
      asc(indicatorValues.id),
    )
    .all();
}
