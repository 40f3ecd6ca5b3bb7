import type { Db } from '@tks/db/client';
import { learningActivities, learningActivityParticipants, organisations } from '@tks/db/schema';
import type { LearningActivity, LearningBreadth, zLearningActivityInput } from '@tks/shared/schemas/registers';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import type { CoalitionContext } from '../auth/sessions.service';
import {
  assertMayChange,
  assertNotInFuture,
  assertOrganisations,
  organisationNames,
  refOf,
  resolveOwner,
  today,
} from './ownership';

type Input = z.output<typeof zLearningActivityInput>;
type Row = typeof learningActivities.$inferSelect;

function participantsOf(db: Db, ids: number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select()
    .from(learningActivityParticipants)
    .where(inArray(learningActivityParticipants.activityId, ids))
    .all();
  for (const row of rows) map.set(row.activityId, [...(map.get(row.activityId) ?? []), row.organisationId]);
  return map;
}

function toDto(row: Row, participantIds: number[], names: Map<number, string>): LearningActivity {
  return {
    id: row.id,
    heldOn: row.heldOn,
    kind: row.kind,
    title: row.title,
    description: row.description,
    participants: participantIds
      .map((id) => refOf(names, id))
      .filter((p) => p !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    ownerOrganisation: refOf(names, row.ownerOrganisationId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

/** The day twelve months before `day`, plus one: the window holds exactly twelve months. */
export function twelveMonthsBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Learning breadth: the share of the coalition's active organisations that took part in at least
 * one (not archived) learning activity in the twelve months up to today.
 */
export function learningBreadth(db: Db, coalitionId: number, now = new Date()): LearningBreadth {
  const to = today(now);
  const from = twelveMonthsBefore(to);
  const active = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.coalitionId, coalitionId), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.name))
    .all();
  const took = new Set(
    db
      .select({ organisationId: learningActivityParticipants.organisationId, heldOn: learningActivities.heldOn })
      .from(learningActivities)
      .innerJoin(learningActivityParticipants, eq(learningActivityParticipants.activityId, learningActivities.id))
      .where(and(eq(learningActivities.coalitionId, coalitionId), isNull(learningActivities.archivedAt)))
      .all()
      .filter((p) => p.heldOn >= from && p.heldOn <= to)
      .map((p) => p.organisationId),
  );
  const participating = active.filter((o) => took.has(o.id)).length;
  return {
    from,
    to,
    participating,
    organisations: active.length,
    share: active.length === 0 ? null : (participating / active.length) * 100,
    missing: active.filter((o) => !took.has(o.id)),
  };
}

export function listLearningActivities(db: Db, coalitionId: number, options: { archived: boolean }) {
  const rows = db
    .select()
    .from(learningActivities)
    .where(
      and(
        eq(learningActivities.coalitionId, coalitionId),
        options.archived ? undefined : isNull(learningActivities.archivedAt),
      ),
    )
    .orderBy(desc(learningActivities.heldOn), desc(learningActivities.id))
    .all();
  const participants = participantsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = organisationNames(db, coalitionId);
  return rows.map((row) => toDto(row, participants.get(row.id) ?? [], names));
}

export function findLearningActivity(db: Db, coalitionId: number, id: number): Row {
  const row = db
    .select()
    .from(learningActivities)
    .where(and(eq(learningActivities.id, id), eq(learningActivities.coalitionId, coalitionId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function getLearningActivity(db: Db, coalitionId: number, id: number) {
  const row = findLearningActivity(db, coalitionId, id);
  return toDto(row, participantsOf(db, [id]).get(id) ?? [], organisationNames(db, coalitionId));
}

function columnsOf(input: Input) {
  return { heldOn: input.heldOn, kind: input.kind, title: input.title, description: input.description };
}

export function createLearningActivity(db: Db, coalition: CoalitionContext, input: Input, actor: Actor) {
  assertNotInFuture(input.heldOn, 'body.heldOn');
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId);
  assertOrganisations(db, coalition.id, input.participantIds);
  return db.transaction((tx) => {
    const [row] = tx
      .insert(learningActivities)
      .values({ coalitionId: coalition.id, ...columnsOf(input), ownerOrganisationId: owner, createdBy: actor.userId })
      .returning()
      .all();
    if (!row) throw new Error('learning activity not inserted');
    tx.insert(learningActivityParticipants)
      .values(input.participantIds.map((organisationId) => ({ activityId: row.id, organisationId })))
      .run();
    const after = getLearningActivity(tx, coalition.id, row.id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'create',
      entityType: 'learning_activity',
      entityId: row.id,
      after,
    });
    return after;
  });
}

export function updateLearningActivity(db: Db, coalition: CoalitionContext, id: number, input: Input, actor: Actor) {
  const existing = findLearningActivity(db, coalition.id, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  assertNotInFuture(input.heldOn, 'body.heldOn');
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId, existing);
  assertOrganisations(db, coalition.id, input.participantIds);
  return db.transaction((tx) => {
    const before = getLearningActivity(tx, coalition.id, id);
    tx.update(learningActivities)
      .set({ ...columnsOf(input), ownerOrganisationId: owner, updatedAt: new Date().toISOString() })
      .where(eq(learningActivities.id, id))
      .run();
    tx.delete(learningActivityParticipants).where(eq(learningActivityParticipants.activityId, id)).run();
    tx.insert(learningActivityParticipants)
      .values(input.participantIds.map((organisationId) => ({ activityId: id, organisationId })))
      .run();
    const after = getLearningActivity(tx, coalition.id, id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'learning_activity',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export function setLearningActivityArchived(
  db: Db,
  coalition: CoalitionContext,
  id: number,
  archived: boolean,
  actor: Actor,
) {
  const existing = findLearningActivity(db, coalition.id, id);
  assertMayChange(coalition, existing);
  if ((existing.archivedAt !== null) === archived) return getLearningActivity(db, coalition.id, id);
  return db.transaction((tx) => {
    const stamp = new Date().toISOString();
    tx.update(learningActivities)
      .set({ archivedAt: archived ? stamp : null, updatedAt: stamp })
      .where(eq(learningActivities.id, id))
      .run();
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: archived ? 'archive' : 'restore',
      entityType: 'learning_activity',
      entityId: id,
    });
    return getLearningActivity(tx, coalition.id, id);
  });
}
