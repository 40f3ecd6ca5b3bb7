import type { Db } from '@tks/db/client';
import { improvementActions, mirrorConversations } from '@tks/db/schema';
import type { MirrorConversation, zMirrorConversationInput } from '@tks/shared/schemas/registers';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import type { CoalitionContext } from '../auth/sessions.service';
import { assertMayChange, assertNotInFuture, organisationNames, refOf, resolveOwner } from './ownership';

type Input = z.output<typeof zMirrorConversationInput>;
type Row = typeof mirrorConversations.$inferSelect;
type FollowUp = MirrorConversation['followUpActions'][number];

function followUpsOf(db: Db, ids: number[]): Map<number, FollowUp[]> {
  const map = new Map<number, FollowUp[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({
      id: improvementActions.id,
      title: improvementActions.title,
      status: improvementActions.status,
      conversationId: improvementActions.sourceMirrorConversationId,
    })
    .from(improvementActions)
    .where(and(inArray(improvementActions.sourceMirrorConversationId, ids), isNull(improvementActions.archivedAt)))
    .orderBy(asc(improvementActions.id))
    .all();
  for (const { conversationId, ...action } of rows) {
    if (conversationId === null) continue;
    map.set(conversationId, [...(map.get(conversationId) ?? []), action]);
  }
  return map;
}

function toDto(row: Row, followUps: FollowUp[], names: Map<number, string>): MirrorConversation {
  return {
    id: row.id,
    heldOn: row.heldOn,
    theme: row.theme,
    parentsCount: row.parentsCount,
    professionalsCount: row.professionalsCount,
    facilitator: row.facilitator,
    whatWorks: row.whatWorks,
    whatDoesNot: row.whatDoesNot,
    summary: row.summary,
    followUpActions: followUps,
    ownerOrganisation: refOf(names, row.ownerOrganisationId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

export function listMirrorConversations(db: Db, coalitionId: number, options: { archived: boolean }) {
  const rows = db
    .select()
    .from(mirrorConversations)
    .where(
      and(
        eq(mirrorConversations.coalitionId, coalitionId),
        options.archived ? undefined : isNull(mirrorConversations.archivedAt),
      ),
    )
    .orderBy(desc(mirrorConversations.heldOn), desc(mirrorConversations.id))
    .all();
  const followUps = followUpsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = organisationNames(db, coalitionId);
  return rows.map((row) => toDto(row, followUps.get(row.id) ?? [], names));
}

export function findMirrorConversation(db: Db, coalitionId: number, id: number): Row {
  const row = db
    .select()
    .from(mirrorConversations)
    .where(and(eq(mirrorConversations.id, id), eq(mirrorConversations.coalitionId, coalitionId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function getMirrorConversation(db: Db, coalitionId: number, id: number) {
  const row = findMirrorConversation(db, coalitionId, id);
  return toDto(row, followUpsOf(db, [id]).get(id) ?? [], organisationNames(db, coalitionId));
}

function columnsOf(input: Input) {
  return {
    heldOn: input.heldOn,
    theme: input.theme,
    parentsCount: input.parentsCount,
    professionalsCount: input.professionalsCount,
    facilitator: input.facilitator || null,
    whatWorks: input.whatWorks,
    whatDoesNot: input.whatDoesNot,
    summary: input.summary,
  };
}

export function createMirrorConversation(db: Db, coalition: CoalitionContext, input: Input, actor: Actor) {
  assertNotInFuture(input.heldOn, 'body.heldOn');
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId);
  return db.transaction((tx) => {
    const [row] = tx
      .insert(mirrorConversations)
      .values({ coalitionId: coalition.id, ...columnsOf(input), ownerOrganisationId: owner, createdBy: actor.userId })
      .returning()
      .all();
    if (!row) throw new Error('mirror conversation not inserted');
    const after = getMirrorConversation(tx, coalition.id, row.id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'create',
      entityType: 'mirror_conversation',
      entityId: row.id,
      after,
    });
    return after;
  });
}

export function updateMirrorConversation(db: Db, coalition: CoalitionContext, id: number, input: Input, actor: Actor) {
  const existing = findMirrorConversation(db, coalition.id, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  assertNotInFuture(input.heldOn, 'body.heldOn');
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId, existing);
  return db.transaction((tx) => {
    const before = getMirrorConversation(tx, coalition.id, id);
    tx.update(mirrorConversations)
      .set({ ...columnsOf(input), ownerOrganisationId: owner, updatedAt: new Date().toISOString() })
      .where(eq(mirrorConversations.id, id))
      .run();
    const after = getMirrorConversation(tx, coalition.id, id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'mirror_conversation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export function setMirrorConversationArchived(
  db: Db,
  coalition: CoalitionContext,
  id: number,
  archived: boolean,
  actor: Actor,
) {
  const existing = findMirrorConversation(db, coalition.id, id);
  assertMayChange(coalition, existing);
  if ((existing.archivedAt !== null) === archived) return getMirrorConversation(db, coalition.id, id);
  return db.transaction((tx) => {
    const stamp = new Date().toISOString();
    tx.update(mirrorConversations)
      .set({ archivedAt: archived ? stamp : null, updatedAt: stamp })
      .where(eq(mirrorConversations.id, id))
      .run();
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: archived ? 'archive' : 'restore',
      entityType: 'mirror_conversation',
      entityId: id,
    });
    return getMirrorConversation(tx, coalition.id, id);
  });
}
