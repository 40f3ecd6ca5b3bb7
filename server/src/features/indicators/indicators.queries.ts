import type { Db } from '@tks/db/client';
import { indicatorDefinitions, indicatorValues } from '@tks/db/schema';
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
    .select({ indicatorId: indicatorValues.indicatorId, period: indicatorValues.period, value: indicatorValues.value })
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
