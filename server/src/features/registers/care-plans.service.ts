import type { Db } from '@tks/db/client';
import { carePlanCounts, measureTargets } from '@tks/db/schema';
import { parseQuarterKey, quarterIndex } from '@tks/shared/periods';
import type { CarePlanCount, zCarePlanCountInput, zMeasureTargetInput } from '@tks/shared/schemas/registers';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';

/*
 * Care-plan counts are coalition-wide aggregates (families discussed, with a shared plan, plan
 * evaluated) per quarter: never a row per family. They belong to no organisation, so only the
 * coordinator keeps them. One current row per quarter; a correction updates it.
 */

type Input = z.output<typeof zCarePlanCountInput>;
type Row = typeof carePlanCounts.$inferSelect;

function toDto(row: Row): CarePlanCount {
  return {
    id: row.id,
    quarter: row.quarter,
    familiesDiscussed: row.familiesDiscussed,
    withSharedPlan: row.withSharedPlan,
    planEvaluated: row.planEvaluated,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

export function listCarePlanCounts(db: Db, coalitionId: number, options: { archived: boolean }) {
  return db
    .select()
    .from(carePlanCounts)
    .where(
      and(
        eq(carePlanCounts.coalitionId, coalitionId),
        options.archived ? undefined : isNull(carePlanCounts.archivedAt),
      ),
    )
    .orderBy(desc(carePlanCounts.quarterIndex), desc(carePlanCounts.id))
    .all()
    .map(toDto);
}

function find(db: Db, coalitionId: number, id: number): Row {
  const row = db
    .select()
    .from(carePlanCounts)
    .where(and(eq(carePlanCounts.id, id), eq(carePlanCounts.coalitionId, coalitionId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function assertQuarterFree(db: Db, coalitionId: number, index: number, exceptId?: number) {
  const taken = db
    .select({ id: carePlanCounts.id })
    .from(carePlanCounts)
    .where(
      and(
        eq(carePlanCounts.coalitionId, coalitionId),
        eq(carePlanCounts.quarterIndex, index),
        isNull(carePlanCounts.archivedAt),
        exceptId === undefined ? undefined : ne(carePlanCounts.id, exceptId),
      ),
    )
    .get();
  if (taken) throw new HttpError(409, 'care_plan_quarter_taken');
}

function columnsOf(input: Input) {
  return {
    quarter: input.quarter,
    quarterIndex: quarterIndex(parseQuarterKey(input.quarter)),
    familiesDiscussed: input.familiesDiscussed,
    withSharedPlan: input.withSharedPlan,
    planEvaluated: input.planEvaluated,
    note: input.note || null,
  };
}

export function createCarePlanCount(db: Db, coalitionId: number, input: Input, actor: Actor) {
  const columns = columnsOf(input);
  assertQuarterFree(db, coalitionId, columns.quarterIndex);
  return db.transaction((tx) => {
    const [row] = tx
      .insert(carePlanCounts)
      .values({ coalitionId, ...columns, createdBy: actor.userId })
      .returning()
      .all();
    if (!row) throw new Error('care plan count not inserted');
    const after = toDto(row);
    recordAudit(tx, actor, { coalitionId, action: 'create', entityType: 'care_plan_count', entityId: row.id, after });
    return after;
  });
}

export function updateCarePlanCount(db: Db, coalitionId: number, id: number, input: Input, actor: Actor) {
  const existing = find(db, coalitionId, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  const columns = columnsOf(input);
  assertQuarterFree(db, coalitionId, columns.quarterIndex, id);
  return db.transaction((tx) => {
    const [row] = tx
      .update(carePlanCounts)
      .set({ ...columns, updatedAt: new Date().toISOString() })
      .where(eq(carePlanCounts.id, id))
      .returning()
      .all();
    if (!row) throw notFound();
    const after = toDto(row);
    recordAudit(tx, actor, {
      coalitionId,
      action: 'update',
      entityType: 'care_plan_count',
      entityId: id,
      before: toDto(existing),
      after,
    });
    return after;
  });
}

export function setCarePlanCountArchived(db: Db, coalitionId: number, id: number, archived: boolean, actor: Actor) {
  const existing = find(db, coalitionId, id);
  if ((existing.archivedAt !== null) === archived) return toDto(existing);
  if (!archived) assertQuarterFree(db, coalitionId, existing.quarterIndex, id);
  return db.transaction((tx) => {
    const stamp = new Date().toISOString();
    const [row] = tx
      .update(carePlanCounts)
      .set({ archivedAt: archived ? stamp : null, updatedAt: stamp })
      .where(eq(carePlanCounts.id, id))
      .returning()
      .all();
    if (!row) throw notFound();
    recordAudit(tx, actor, {
      coalitionId,
      action: archived ? 'archive' : 'restore',
      entityType: 'care_plan_count',
      entityId: id,
    });
    return toDto(row);
  });
}

// ---------------------------------------------------------------------------------------------
// Targets of the register measures (coordinator only)
// ---------------------------------------------------------------------------------------------

export function listMeasureTargets(db: Db, coalitionId: number) {
  return db
    .select({
      id: measureTargets.id,
      measureCode: measureTargets.measureCode,
      validFromQuarter: measureTargets.validFromQuarter,
      target: measureTargets.target,
      createdAt: measureTargets.createdAt,
    })
    .from(measureTargets)
    .where(eq(measureTargets.coalitionId, coalitionId))
    .orderBy(asc(measureTargets.measureCode), asc(measureTargets.validFromIndex))
    .all();
}

/**
 * A target valid from a quarter until the next one. Setting a target for a quarter that already
 * has one replaces that value (the audit log keeps the earlier one); earlier quarters keep theirs,
 * so past scores do not change.
 */
export function setMeasureTarget(
  db: Db,
  coalitionId: number,
  input: z.output<typeof zMeasureTargetInput>,
  actor: Actor,
) {
  const validFromIndex = quarterIndex(parseQuarterKey(input.validFromQuarter));
  return db.transaction((tx) => {
    const existing = tx
      .select()
      .from(measureTargets)
      .where(
        and(
          eq(measureTargets.coalitionId, coalitionId),
          eq(measureTargets.measureCode, input.measureCode),
          eq(measureTargets.validFromIndex, validFromIndex),
        ),
      )
      .get();
    const [row] = existing
      ? tx
          .update(measureTargets)
          .set({ target: input.target, createdBy: actor.userId })
          .where(eq(measureTargets.id, existing.id))
          .returning()
          .all()
      : tx
          .insert(measureTargets)
          .values({
            coalitionId,
            measureCode: input.measureCode,
            validFromQuarter: input.validFromQuarter,
            validFromIndex,
            target: input.target,
            createdBy: actor.userId,
          })
          .returning()
          .all();
    if (!row) throw new Error('measure target not saved');
    const after = {
      id: row.id,
      measureCode: row.measureCode,
      validFromQuarter: row.validFromQuarter,
      target: row.target,
      createdAt: row.createdAt,
    };
    recordAudit(tx, actor, {
      coalitionId,
      action: existing ? 'update' : 'create',
      entityType: 'measure_target',
      entityId: row.id,
      before: existing ? { target: existing.target } : undefined,
      after,
    });
    return after;
  });
}
