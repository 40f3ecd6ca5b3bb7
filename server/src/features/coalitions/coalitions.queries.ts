import type { Db } from '@tks/db/client';
import {
  coalitions,
  improvementActions,
  indicatorDefinitions,
  indicatorValues,
  organisations,
  responses,
  rounds,
} from '@tks/db/schema';
import { and, asc, count, eq, isNull, max, notInArray } from 'drizzle-orm';

const coalitionColumns = {
  id: coalitions.id,
  slug: coalitions.slug,
  name: coalitions.name,
  municipality: coalitions.municipality,
  minGroupSize: coalitions.minGroupSize,
};

export function selectActiveCoalitions(db: Db) {
  return db
    .select(coalitionColumns)
    .from(coalitions)
    .where(isNull(coalitions.archivedAt))
    .orderBy(asc(coalitions.name))
    .all();
}

export function selectCoalitionBySlug(db: Db, slug: string) {
  return db
    .select(coalitionColumns)
    .from(coalitions)
    .where(and(eq(coalitions.slug, slug), isNull(coalitions.archivedAt)))
    .get();
}

export function selectCoalitionCounts(db: Db, coalitionId: number) {
  const countOf = (query: { n: number } | undefined) => query?.n ?? 0;
  return {
    organisations: countOf(
      db
        .select({ n: count() })
        .from(organisations)
        .where(and(eq(organisations.coalitionId, coalitionId), isNull(organisations.archivedAt)))
        .get(),
    ),
    indicators: countOf(
      db
        .select({ n: count() })
        .from(indicatorDefinitions)
        .where(and(eq(indicatorDefinitions.coalitionId, coalitionId), isNull(indicatorDefinitions.archivedAt)))
        .get(),
    ),
    rounds: countOf(
      db
        .select({ n: count() })
        .from(rounds)
        .where(and(eq(rounds.coalitionId, coalitionId), isNull(rounds.archivedAt)))
        .get(),
    ),
    responses: countOf(db.select({ n: count() }).from(responses).where(eq(responses.coalitionId, coalitionId)).get()),
    openActions: countOf(
      db
        .select({ n: count() })
        .from(improvementActions)
        .where(
          and(
            eq(improvementActions.coalitionId, coalitionId),
            isNull(improvementActions.archivedAt),
            notInArray(improvementActions.status, ['done', 'dropped']),
          ),
        )
        .get(),
    ),
  };
}

/** The last quarter index covered by any current indicator value or any round. */
export function selectLatestQuarterIndex(db: Db, coalitionId: number): number | null {
  const values = db
    .select({ last: max(indicatorValues.periodLastIndex) })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.coalitionId, coalitionId), isNull(indicatorValues.supersededAt)))
    .get();
  const roundsMax = db
    .select({ last: max(rounds.quarterIndex) })
    .from(rounds)
    .where(and(eq(rounds.coalitionId, coalitionId), isNull(rounds.archivedAt)))
    .get();
  const candidates = [values?.last, roundsMax?.last].filter((v): v is number => typeof v === 'number');
  return candidates.length > 0 ? Math.max(...candidates) : null;
}

export function selectOrganisations(db: Db, coalitionId: number) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      domain: organisations.domain,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(and(eq(organisations.coalitionId, coalitionId), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.name))
    .all();
}
