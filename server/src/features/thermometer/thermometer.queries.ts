import type { Db } from '@tks/db/client';
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
 * happens in memory (shared/src/scoring.ts), so one request can score eight quarters.
 */

export function selectCoalitionSettings(db: Db, coalitionId: number) {
  return db
    .select({ minGroupSize: coalitions.minGroupSize, scoreBands: coalitions.scoreBands })
    .from(coalitions)
    .where(eq(coalitions.id, coalitionId))
    .get();
}

/**
 * Per closed round and dimension: the mean of the 1–5 answers ("don't know" left out) and n.
 * CROSS JOIN fixes the join order in SQLite (rounds → their responses → their answers); left to
 * itself the planner starts from the items and reads every round's answers for each round.
 */
export function selectDimensionResults(db: Db, coalitionId: number) {
  return db
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
        eq(rounds.coalitionId, coalitionId),
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
    .all();
}

export function selectCurrentIndicatorValues(db: Db, coalitionId: number) {
  return db
    .select({
      indicatorId: indicatorValues.indicatorId,
      period: indicatorValues.period,
      periodLastIndex: indicatorValues.periodLastIndex,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
    })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.coalitionId, coalitionId), isNull(indicatorValues.supersededAt)))
    .all();
}

export function selectIndicatorReferences(db: Db, coalitionId: number) {
  return db
    .select({
      indicatorId: indicatorReferences.indicatorId,
      kind: indicatorReferences.kind,
      validFromIndex: indicatorReferences.validFromIndex,
      value: indicatorReferences.value,
    })
    .from(indicatorReferences)
    .where(eq(indicatorReferences.coalitionId, coalitionId))
    .all();
}

export function selectMeasureTargets(db: Db, coalitionId: number) {
  return db
    .select({
      code: measureTargets.measureCode,
      validFromIndex: measureTargets.validFromIndex,
      target: measureTargets.target,
    })
    .from(measureTargets)
    .where(eq(measureTargets.coalitionId, coalitionId))
    .all();
}

export function selectMirrorConversationDates(db: Db, coalitionId: number) {
  return db
    .select({ heldOn: mirrorConversations.heldOn })
    .from(mirrorConversations)
    .where(and(eq(mirrorConversations.coalitionId, coalitionId), isNull(mirrorConversations.archivedAt)))
    .all();
}

/** Follow-up actions of mirror conversations: when the conversation was held, and whether the action is done. */
export function selectMirrorFollowUps(db: Db, coalitionId: number) {
  return db
    .select({
      heldOn: mirrorConversations.heldOn,
      status: improvementActions.status,
      completedOn: improvementActions.completedOn,
    })
    .from(improvementActions)
    .innerJoin(mirrorConversations, eq(mirrorConversations.id, improvementActions.sourceMirrorConversationId))
    .where(
      and(
        eq(improvementActions.coalitionId, coalitionId),
        isNull(improvementActions.archivedAt),
        isNull(mirrorConversations.archivedAt),
      ),
    )
    .all();
}

export function selectAgreementStatusCounts(db: Db, coalitionId: number) {
  return db
    .select({ status: sharingAgreements.status, n: count() })
    .from(sharingAgreements)
    .where(and(eq(sharingAgreements.coalitionId, coalitionId), isNull(sharingAgreements.archivedAt)))
    .groupBy(sharingAgreements.status)
    .all();
}

/** Which organisation took part in a learning activity on which day. */
export function selectLearningParticipation(db: Db, coalitionId: number) {
  return db
    .select({ heldOn: learningActivities.heldOn, organisationId: learningActivityParticipants.organisationId })
    .from(learningActivities)
    .innerJoin(learningActivityParticipants, eq(learningActivityParticipants.activityId, learningActivities.id))
    .where(and(eq(learningActivities.coalitionId, coalitionId), isNull(learningActivities.archivedAt)))
    .all();
}

export function selectActiveOrganisationIds(db: Db, coalitionId: number) {
  return db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.coalitionId, coalitionId), isNull(organisations.archivedAt)))
    .all()
    .map((o) => o.id);
}

export function selectCarePlanCounts(db: Db, coalitionId: number) {
  return db
    .select({
      quarter: carePlanCounts.quarter,
      periodLastIndex: sql<number>`${carePlanCounts.quarterIndex}`,
      familiesDiscussed: carePlanCounts.familiesDiscussed,
      withSharedPlan: carePlanCounts.withSharedPlan,
      planEvaluated: carePlanCounts.planEvaluated,
    })
    .from(carePlanCounts)
    .where(and(eq(carePlanCounts.coalitionId, coalitionId), isNull(carePlanCounts.archivedAt)))
    .all();
}

export function selectAnnotations(db: Db, coalitionId: number) {
  return db
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
    .where(and(eq(annotations.coalitionId, coalitionId), isNull(annotations.archivedAt)))
    .orderBy(asc(annotations.quarterIndex), asc(annotations.id))
    .all();
}
