import type { Db } from '@tks/db/client';
import { perDb } from '@tks/db/per-db';
import {
  annotations,
  answers,
  carePlanCounts,
  coalitions,
  dimensions,
  improvementActions,
  indicatorDefinitions,
  indicatorReferences,
  indicatorValues,
  instrumentVersionItems,
  learningActivities,
  learningActivityParticipants,
  measureTargets,
  mirrorConversations,
  organisations,
  responses,
  rounds,
  sharingAgreements,
} from '@tks/db/schema';
import { and, asc, avg, count, countDistinct, eq, isNotNull, isNull, sql } from 'drizzle-orm';

/*
 * Everything the thermometer of one coalition needs, in a handful of queries; the scoring itself
 * happens in memory (shared/src/scoring.ts), so one request can score eight quarters. Each query is
 * built and prepared once per database: building and preparing cost more than running them, and
 * statements left to the garbage collector hold native memory that V8 cannot see.
 */

const coalitionIdParam = sql.placeholder('coalitionId');

const coalitionSettingsQuery = perDb((db) =>
  db
    .select({ minGroupSize: coalitions.minGroupSize, scoreBands: coalitions.scoreBands })
    .from(coalitions)
    .where(eq(coalitions.id, coalitionIdParam))
    .prepare(),
);

export function selectCoalitionSettings(db: Db, coalitionId: number) {
  return coalitionSettingsQuery(db).get({ coalitionId });
}

const dimensionResultsQuery = perDb((db) =>
  db
    .select({
      roundId: rounds.id,
      quarter: rounds.quarter,
      quarterIndex: rounds.quarterIndex,
      dimensionCode: dimensions.code,
      nameNl: dimensions.nameNl,
      nameEn: dimensions.nameEn,
      component: dimensions.component,
      sortOrder: dimensions.sortOrder,
      mean: avg(answers.value).mapWith(Number),
      respondents: countDistinct(answers.responseId),
    })
    .from(rounds)
    .crossJoin(responses)
    .crossJoin(answers)
    .innerJoin(
      instrumentVersionItems,
      and(
        eq(instrumentVersionItems.instrumentVersionId, rounds.instrumentVersionId),
        eq(instrumentVersionItems.itemId, answers.itemId),
      ),
    )
    .innerJoin(dimensions, eq(dimensions.id, instrumentVersionItems.dimensionId))
    .where(
      and(
        eq(rounds.coalitionId, coalitionIdParam),
        eq(rounds.status, 'closed'),
        isNull(rounds.archivedAt),
        eq(responses.roundId, rounds.id),
        eq(answers.responseId, responses.id),
        isNotNull(answers.value),
        eq(answers.dontKnow, false),
      ),
    )
    .groupBy(rounds.id, dimensions.code)
    .orderBy(asc(rounds.quarterIndex), asc(dimensions.sortOrder))
    .prepare(),
);

/**
 * Per closed round and dimension: the mean of the 1–5 answers ("don't know" left out) and n.
 * CROSS JOIN fixes the join order in SQLite (rounds → their responses → their answers); left to
 * itself the planner starts from the items and reads every round's answers for each round.
 */
export function selectDimensionResults(db: Db, coalitionId: number) {
  return dimensionResultsQuery(db).all({ coalitionId });
}

const currentIndicatorValuesQuery = perDb((db) =>
  db
    .select({
      indicatorId: indicatorValues.indicatorId,
      period: indicatorValues.period,
      periodLastIndex: indicatorValues.periodLastIndex,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
    })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.coalitionId, coalitionIdParam), isNull(indicatorValues.supersededAt)))
    .prepare(),
);

export function selectCurrentIndicatorValues(db: Db, coalitionId: number) {
  return currentIndicatorValuesQuery(db).all({ coalitionId });
}

const indicatorReferencesQuery = perDb((db) =>
  db
    .select({
      indicatorId: indicatorReferences.indicatorId,
      kind: indicatorReferences.kind,
      validFromIndex: indicatorReferences.validFromIndex,
      value: indicatorReferences.value,
    })
    .from(indicatorReferences)
    .where(eq(indicatorReferences.coalitionId, coalitionIdParam))
    .prepare(),
);

export function selectIndicatorReferences(db: Db, coalitionId: number) {
  return indicatorReferencesQuery(db).all({ coalitionId });
}

const measureTargetsQuery = perDb((db) =>
  db
    .select({
      code: measureTargets.measureCode,
      validFromIndex: measureTargets.validFromIndex,
      target: measureTargets.target,
    })
    .from(measureTargets)
    .where(eq(measureTargets.coalitionId, coalitionIdParam))
    .prepare(),
);

export function selectMeasureTargets(db: Db, coalitionId: number) {
  return measureTargetsQuery(db).all({ coalitionId });
}

const mirrorConversationDatesQuery = perDb((db) =>
  db
    .select({ heldOn: mirrorConversations.heldOn })
    .from(mirrorConversations)
    .where(and(eq(mirrorConversations.coalitionId, coalitionIdParam), isNull(mirrorConversations.archivedAt)))
    .prepare(),
);

export function selectMirrorConversationDates(db: Db, coalitionId: number) {
  return mirrorConversationDatesQuery(db).all({ coalitionId });
}

const mirrorFollowUpsQuery = perDb((db) =>
  db
    .select({
      heldOn: mirrorConversations.heldOn,
      status: improvementActions.status,
      completedOn: improvementActions.completedOn,
    })
    .from(improvementActions)
    .innerJoin(mirrorConversations, eq(mirrorConversations.id, improvementActions.sourceMirrorConversationId))
    .where(
      and(
        eq(improvementActions.coalitionId, coalitionIdParam),
        isNull(improvementActions.archivedAt),
        isNull(mirrorConversations.archivedAt),
      ),
    )
    .prepare(),
);

/** Follow-up actions of mirror conversations: when the conversation was held, and whether the action is done. */
export function selectMirrorFollowUps(db: Db, coalitionId: number) {
  return mirrorFollowUpsQuery(db).all({ coalitionId });
}

const agreementStatusCountsQuery = perDb((db) =>
  db
    .select({ status: sharingAgreements.status, n: count() })
    .from(sharingAgreements)
    .where(and(eq(sharingAgreements.coalitionId, coalitionIdParam), isNull(sharingAgreements.archivedAt)))
    .groupBy(sharingAgreements.status)
    .prepare(),
);

export function selectAgreementStatusCounts(db: Db, coalitionId: number) {
  return agreementStatusCountsQuery(db).all({ coalitionId });
}

const learningParticipationQuery = perDb((db) =>
  db
    .select({ heldOn: learningActivities.heldOn, organisationId: learningActivityParticipants.organisationId })
    .from(learningActivities)
    .innerJoin(learningActivityParticipants, eq(learningActivityParticipants.activityId, learningActivities.id))
    .where(and(eq(learningActivities.coalitionId, coalitionIdParam), isNull(learningActivities.archivedAt)))
    .prepare(),
);

/** Which organisation took part in a learning activity on which day. */
export function selectLearningParticipation(db: Db, coalitionId: number) {
  return learningParticipationQuery(db).all({ coalitionId });
}

const activeOrganisationIdsQuery = perDb((db) =>
  db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.coalitionId, coalitionIdParam), isNull(organisations.archivedAt)))
    .prepare(),
);

export function selectActiveOrganisationIds(db: Db, coalitionId: number) {
  return activeOrganisationIdsQuery(db)
    .all({ coalitionId })
    .map((o) => o.id);
}

const carePlanCountsQuery = perDb((db) =>
  db
    .select({
      quarter: carePlanCounts.quarter,
      periodLastIndex: sql<number>`${carePlanCounts.quarterIndex}`,
      familiesDiscussed: carePlanCounts.familiesDiscussed,
      withSharedPlan: carePlanCounts.withSharedPlan,
      planEvaluated: carePlanCounts.planEvaluated,
    })
    .from(carePlanCounts)
    .where(and(eq(carePlanCounts.coalitionId, coalitionIdParam), isNull(carePlanCounts.archivedAt)))
    .prepare(),
);

export function selectCarePlanCounts(db: Db, coalitionId: number) {
  return carePlanCountsQuery(db).all({ coalitionId });
}

const annotationsQuery = perDb((db) =>
  db
    .select({
      id: annotations.id,
      quarter: annotations.quarter,
      text: annotations.text,
      component: annotations.component,
      indicatorId: annotations.indicatorId,
      indicatorCode: indicatorDefinitions.code,
    })
    .from(annotations)
    .leftJoin(indicatorDefinitions, eq(indicatorDefinitions.id, annotations.indicatorId))
    .where(and(eq(annotations.coalitionId, coalitionIdParam), isNull(annotations.archivedAt)))
    .orderBy(asc(annotations.quarterIndex), asc(annotations.id))
    .prepare(),
);

export function selectAnnotations(db: Db, coalitionId: number) {
  return annotationsQuery(db).all({ coalitionId });
}
