import type { Db } from '@tks/db/client';
import {
  improvementActions,
  indicatorDefinitions,
  learningActivities,
  mirrorConversations,
  obstacles,
  rounds,
} from '@tks/db/schema';
import type { ActionStatus } from '@tks/shared/domain';
import type {
  Action,
  ActionSource,
  Obstacle,
  ParsedActionInput,
  zActionStatusInput,
  zObstacleInput,
} from '@tks/shared/schemas/actions';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import type { CoalitionContext } from '../auth/sessions.service';
import { assertMayChange, organisationNames, refOf, resolveOwner, today } from '../registers/ownership';

/*
 * Improvement actions (the intermediate results of the improvement plan) and the obstacles
 * grouped under them. `createImprovementAction` is the one way in, also for other features that
 * turn findings into actions (the questionnaire discussion creates actions from a dimension).
 */

type ActionRow = typeof improvementActions.$inferSelect;
type ObstacleRow = typeof obstacles.$inferSelect;

const CLOSED: readonly ActionStatus[] = ['done', 'dropped'];

function sourceColumns(db: Db, coalitionId: number, source: ParsedActionInput['source']) {
  const none = {
    sourceRoundId: null,
    sourceDimensionCode: null,
    sourceMirrorConversationId: null,
    sourceLearningActivityId: null,
    sourceIndicatorId: null,
    sourceNote: null,
  };
  const unknown = () => new HttpError(400, 'action_source_unknown');
  switch (source.kind) {
    case 'questionnaire': {
      if (source.roundId !== null) {
        const round = db
          .select({ id: rounds.id })
          .from(rounds)
          .where(and(eq(rounds.id, source.roundId), eq(rounds.coalitionId, coalitionId)))
          .get();
        if (!round) throw unknown();
      }
      return {
        ...none,
        sourceKind: source.kind,
        sourceRoundId: source.roundId,
        sourceDimensionCode: source.dimensionCode.toUpperCase(),
      };
    }
    case 'mirror_conversation': {
      const found = db
        .select({ id: mirrorConversations.id })
        .from(mirrorConversations)
        .where(
          and(
            eq(mirrorConversations.id, source.mirrorConversationId),
            eq(mirrorConversations.coalitionId, coalitionId),
          ),
        )
        .get();
      if (!found) throw unknown();
      return { ...none, sourceKind: source.kind, sourceMirrorConversationId: found.id };
    }
    case 'meeting': {
      if (source.learningActivityId !== null) {
        const found = db
          .select({ id: learningActivities.id })
          .from(learningActivities)
          .where(
            and(eq(learningActivities.id, source.learningActivityId), eq(learningActivities.coalitionId, coalitionId)),
          )
          .get();
        if (!found) throw unknown();
      }
      return {
        ...none,
        sourceKind: source.kind,
        sourceLearningActivityId: source.learningActivityId,
        sourceNote: source.note || null,
      };
    }
    case 'indicator': {
      const found = db
        .select({ id: indicatorDefinitions.id })
        .from(indicatorDefinitions)
        .where(and(eq(indicatorDefinitions.id, source.indicatorId), eq(indicatorDefinitions.coalitionId, coalitionId)))
        .get();
      if (!found) throw unknown();
      return { ...none, sourceKind: source.kind, sourceIndicatorId: found.id };
    }
    case 'other':
      return { ...none, sourceKind: source.kind, sourceNote: source.note || null };
  }
}

/** Readable names of everything the actions refer to, in one query per kind. */
function sourceLabels(db: Db, rows: readonly ActionRow[]) {
  const ids = (pick: (r: ActionRow) => number | null) => [
    ...new Set(rows.map(pick).filter((id): id is number => id !== null)),
  ];
  const mirrorIds = ids((r) => r.sourceMirrorConversationId);
  const activityIds = ids((r) => r.sourceLearningActivityId);
  const indicatorIds = ids((r) => r.sourceIndicatorId);
  const roundIds = ids((r) => r.sourceRoundId);
  return {
    mirror: new Map(
      mirrorIds.length === 0
        ? []
        : db
            .select({ id: mirrorConversations.id, label: mirrorConversations.theme })
            .from(mirrorConversations)
            .where(inArray(mirrorConversations.id, mirrorIds))
            .all()
            .map((r) => [r.id, r.label]),
    ),
    activity: new Map(
      activityIds.length === 0
        ? []
        : db
            .select({ id: learningActivities.id, label: learningActivities.title })
            .from(learningActivities)
            .where(inArray(learningActivities.id, activityIds))
            .all()
            .map((r) => [r.id, r.label]),
    ),
    indicator: new Map(
      indicatorIds.length === 0
        ? []
        : db
            .select({ id: indicatorDefinitions.id, code: indicatorDefinitions.code, name: indicatorDefinitions.nameNl })
            .from(indicatorDefinitions)
            .where(inArray(indicatorDefinitions.id, indicatorIds))
            .all()
            .map((r) => [r.id, `${r.code} ${r.name}`]),
    ),
    round: new Map(
      roundIds.length === 0
        ? []
        : db
            .select({ id: rounds.id, label: rounds.title })
            .from(rounds)
            .where(inArray(rounds.id, roundIds))
            .all()
            .map((r) => [r.id, r.label]),
    ),
  };
}

function sourceOf(row: ActionRow, labels: ReturnType<typeof sourceLabels>): ActionSource {
  const label = (() => {
    switch (row.sourceKind) {
      case 'questionnaire': {
        const round = row.sourceRoundId === null ? undefined : labels.round.get(row.sourceRoundId);
        return row.sourceDimensionCode ? [row.sourceDimensionCode, round].filter(Boolean).join(' · ') : (round ?? null);
      }
      case 'mirror_conversation':
        return row.sourceMirrorConversationId === null
          ? null
          : (labels.mirror.get(row.sourceMirrorConversationId) ?? null);
      case 'meeting':
        return (
          (row.sourceLearningActivityId === null ? undefined : labels.activity.get(row.sourceLearningActivityId)) ??
          row.sourceNote
        );
      case 'indicator':
        return row.sourceIndicatorId === null ? null : (labels.indicator.get(row.sourceIndicatorId) ?? null);
      case 'other':
        return row.sourceNote;
    }
  })();
  return {
    kind: row.sourceKind,
    roundId: row.sourceRoundId,
    dimensionCode: row.sourceDimensionCode,
    mirrorConversationId: row.sourceMirrorConversationId,
    learningActivityId: row.sourceLearningActivityId,
    indicatorId: row.sourceIndicatorId,
    note: row.sourceNote,
    label,
  };
}

function obstacleDto(row: ObstacleRow, names: Map<number, string>): Obstacle {
  return {
    id: row.id,
    description: row.description,
    reportedRole: row.reportedRole,
    organisation: refOf(names, row.organisationId),
    improvementActionId: row.improvementActionId,
    createdAt: row.createdAt,
    archivedAt: row.archivedAt,
  };
}

function actionDtos(db: Db, coalitionId: number, rows: readonly ActionRow[], now = new Date()): Action[] {
  const names = organisationNames(db, coalitionId);
  const labels = sourceLabels(db, rows);
  const grouped = new Map<number, Obstacle[]>();
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    for (const o of db
      .select()
      .from(obstacles)
      .where(and(inArray(obstacles.improvementActionId, ids), isNull(obstacles.archivedAt)))
      .orderBy(asc(obstacles.id))
      .all()) {
      if (o.improvementActionId === null) continue;
      grouped.set(o.improvementActionId, [...(grouped.get(o.improvementActionId) ?? []), obstacleDto(o, names)]);
    }
  }
  const day = today(now);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    component: row.component,
    ownerOrganisation: refOf(names, row.ownerOrganisationId),
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    status: row.status,
    completedOn: row.completedOn,
    overdue: row.dueOn !== null && row.dueOn < day && !CLOSED.includes(row.status),
    source: sourceOf(row, labels),
    obstacles: grouped.get(row.id) ?? [],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  }));
}

export function listActions(db: Db, coalitionId: number, options: { archived: boolean }, now = new Date()) {
  const rows = db
    .select()
    .from(improvementActions)
    .where(
      and(
        eq(improvementActions.coalitionId, coalitionId),
        options.archived ? undefined : isNull(improvementActions.archivedAt),
      ),
    )
    .orderBy(asc(improvementActions.dueOn), desc(improvementActions.id))
    .all();
  return actionDtos(db, coalitionId, rows, now);
}

function findAction(db: Db, coalitionId: number, id: number): ActionRow {
  const row = db
    .select()
    .from(improvementActions)
    .where(and(eq(improvementActions.id, id), eq(improvementActions.coalitionId, coalitionId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function getAction(db: Db, coalitionId: number, id: number): Action {
  const [dto] = actionDtos(db, coalitionId, [findAction(db, coalitionId, id)]);
  if (!dto) throw notFound();
  return dto;
}

function completion(status: ActionStatus, completedOn: string | null) {
  return status === 'done' ? (completedOn ?? today()) : null;
}

/**
 * Creates an improvement action with its source. A partner's action belongs to their own
 * organisation; a coordinator may name any organisation of the coalition as owner.
 */
export function createImprovementAction(
  db: Db,
  coalition: CoalitionContext,
  input: ParsedActionInput,
  actor: Actor,
): Action {
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId);
  const source = sourceColumns(db, coalition.id, input.source);
  return db.transaction((tx) => {
    const [row] = tx
      .insert(improvementActions)
      .values({
        coalitionId: coalition.id,
        title: input.title,
        description: input.description,
        component: input.component,
        ownerOrganisationId: owner,
        ownerName: input.ownerName || null,
        dueOn: input.dueOn,
        status: input.status,
        completedOn: completion(input.status, input.completedOn),
        ...source,
        createdBy: actor.userId,
      })
      .returning()
      .all();
    if (!row) throw new Error('improvement action not inserted');
    const after = getAction(tx, coalition.id, row.id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'create',
      entityType: 'improvement_action',
      entityId: row.id,
      after,
    });
    return after;
  });
}

export function updateImprovementAction(
  db: Db,
  coalition: CoalitionContext,
  id: number,
  input: ParsedActionInput,
  actor: Actor,
): Action {
  const existing = findAction(db, coalition.id, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId, existing);
  const source = sourceColumns(db, coalition.id, input.source);
  return db.transaction((tx) => {
    const before = getAction(tx, coalition.id, id);
    tx.update(improvementActions)
      .set({
        title: input.title,
        description: input.description,
        component: input.component,
        ownerOrganisationId: owner,
        ownerName: input.ownerName || null,
        dueOn: input.dueOn,
        status: input.status,
        completedOn: completion(input.status, input.completedOn ?? existing.completedOn),
        ...source,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(improvementActions.id, id))
      .run();
    const after = getAction(tx, coalition.id, id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'improvement_action',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Start, close (done), drop or reopen an action from the board. */
export function setActionStatus(
  db: Db,
  coalition: CoalitionContext,
  id: number,
  input: z.output<typeof zActionStatusInput>,
  actor: Actor,
): Action {
  const existing = findAction(db, coalition.id, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  assertMayChange(coalition, existing);
  return db.transaction((tx) => {
    tx.update(improvementActions)
      .set({
        status: input.status,
        completedOn: completion(input.status, input.completedOn),
        updatedAt: new Date().toISOString(),
      })
      .where(eq(improvementActions.id, id))
      .run();
    const after = getAction(tx, coalition.id, id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: input.status === 'done' ? 'close' : 'update',
      entityType: 'improvement_action',
      entityId: id,
      before: { status: existing.status, completedOn: existing.completedOn },
      after: { status: after.status, completedOn: after.completedOn },
    });
    return after;
  });
}

export function setActionArchived(db: Db, coalition: CoalitionContext, id: number, archived: boolean, actor: Actor) {
  const existing = findAction(db, coalition.id, id);
  assertMayChange(coalition, existing);
  if ((existing.archivedAt !== null) === archived) return getAction(db, coalition.id, id);
  return db.transaction((tx) => {
    const stamp = new Date().toISOString();
    tx.update(improvementActions)
      .set({ archivedAt: archived ? stamp : null, updatedAt: stamp })
      .where(eq(improvementActions.id, id))
      .run();
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: archived ? 'archive' : 'restore',
      entityType: 'improvement_action',
      entityId: id,
    });
    return getAction(tx, coalition.id, id);
  });
}

// ---------------------------------------------------------------------------------------------
// Obstacles ("bears on the road"), reported by every role and grouped under an action
// ---------------------------------------------------------------------------------------------

type ObstacleInput = z.output<typeof zObstacleInput>;

export function listObstacles(db: Db, coalitionId: number, options: { archived: boolean }) {
  const names = organisationNames(db, coalitionId);
  return db
    .select()
    .from(obstacles)
    .where(and(eq(obstacles.coalitionId, coalitionId), options.archived ? undefined : isNull(obstacles.archivedAt)))
    .orderBy(desc(obstacles.id))
    .all()
    .map((row) => obstacleDto(row, names));
}

function findObstacle(db: Db, coalitionId: number, id: number): ObstacleRow {
  const row = db
    .select()
    .from(obstacles)
    .where(and(eq(obstacles.id, id), eq(obstacles.coalitionId, coalitionId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function assertActionInCoalition(db: Db, coalitionId: number, actionId: number | null) {
  if (actionId === null) return;
  const found = db
    .select({ id: improvementActions.id })
    .from(improvementActions)
    .where(and(eq(improvementActions.id, actionId), eq(improvementActions.coalitionId, coalitionId)))
    .get();
  if (!found) throw new HttpError(400, 'action_source_unknown');
}

export function createObstacle(db: Db, coalition: CoalitionContext, input: ObstacleInput, actor: Actor) {
  const organisationId = resolveOwner(db, coalition, input.organisationId);
  assertActionInCoalition(db, coalition.id, input.improvementActionId);
  return db.transaction((tx) => {
    const [row] = tx
      .insert(obstacles)
      .values({
        coalitionId: coalition.id,
        description: input.description,
        reportedRole: input.reportedRole || null,
        organisationId,
        improvementActionId: input.improvementActionId,
        createdBy: actor.userId,
      })
      .returning()
      .all();
    if (!row) throw new Error('obstacle not inserted');
    const after = obstacleDto(row, organisationNames(tx, coalition.id));
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'create',
      entityType: 'obstacle',
      entityId: row.id,
      after,
    });
    return after;
  });
}

export function updateObstacle(db: Db, coalition: CoalitionContext, id: number, input: ObstacleInput, actor: Actor) {
  const existing = findObstacle(db, coalition.id, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  const organisationId = resolveOwner(db, coalition, input.organisationId, {
    ownerOrganisationId: existing.organisationId,
  });
  assertActionInCoalition(db, coalition.id, input.improvementActionId);
  return db.transaction((tx) => {
    const names = organisationNames(tx, coalition.id);
    const [row] = tx
      .update(obstacles)
      .set({
        description: input.description,
        reportedRole: input.reportedRole || null,
        organisationId,
        improvementActionId: input.improvementActionId,
      })
      .where(eq(obstacles.id, id))
      .returning()
      .all();
    if (!row) throw notFound();
    const after = obstacleDto(row, names);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'obstacle',
      entityId: id,
      before: obstacleDto(existing, names),
      after,
    });
    return after;
  });
}

export function setObstacleArchived(db: Db, coalition: CoalitionContext, id: number, archived: boolean, actor: Actor) {
  const existing = findObstacle(db, coalition.id, id);
  assertMayChange(coalition, { ownerOrganisationId: existing.organisationId });
  const names = organisationNames(db, coalition.id);
  if ((existing.archivedAt !== null) === archived) return obstacleDto(existing, names);
  return db.transaction((tx) => {
    const [row] = tx
      .update(obstacles)
      .set({ archivedAt: archived ? new Date().toISOString() : null })
      .where(eq(obstacles.id, id))
      .returning()
      .all();
    if (!row) throw notFound();
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: archived ? 'archive' : 'restore',
      entityType: 'obstacle',
      entityId: id,
    });
    return obstacleDto(row, names);
  });
}
