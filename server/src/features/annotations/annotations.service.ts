import type { Db } from '@tks/db/client';
import { annotations, indicatorDefinitions } from '@tks/db/schema';
import { parseQuarterKey, quarterIndex } from '@tks/shared/periods';
import type { Annotation, zAnnotationInput } from '@tks/shared/schemas/thermometer';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { selectAnnotations } from '../thermometer/thermometer.queries';

type Input = z.output<typeof zAnnotationInput>;

/*
 * Timeline notes. Removing one archives it (nothing is deleted): the audit log keeps what it said,
 * and the charts, the trends and the report stop showing it at once.
 */

export function listAnnotations(db: Db, coalitionId: number): Annotation[] {
  return selectAnnotations(db, coalitionId);
}

function findAnnotation(db: Db, coalitionId: number, id: number): Annotation {
  const found = selectAnnotations(db, coalitionId).find((a) => a.id === id);
  if (!found) throw notFound();
  return found;
}

/** The indicator must be one of this coalition's own, not archived: never a key into another coalition. */
function checkIndicator(db: Db, coalitionId: number, indicatorId: number | null) {
  if (indicatorId === null) return;
  const row = db
    .select({ id: indicatorDefinitions.id })
    .from(indicatorDefinitions)
    .where(
      and(
        eq(indicatorDefinitions.id, indicatorId),
        eq(indicatorDefinitions.coalitionId, coalitionId),
        isNull(indicatorDefinitions.archivedAt),
      ),
    )
    .get();
  if (!row) throw new HttpError(400, 'indicator_unknown');
}

function columnsOf(input: Input) {
  return {
    quarter: input.quarter,
    quarterIndex: quarterIndex(parseQuarterKey(input.quarter)),
    text: input.text,
    component: input.component,
    indicatorId: input.indicatorId,
  };
}

export function createAnnotation(db: Db, coalitionId: number, input: Input, actor: Actor): Annotation {
  return db.transaction((tx) => {
    checkIndicator(tx, coalitionId, input.indicatorId);
    const [row] = tx
      .insert(annotations)
      .values({ coalitionId, createdBy: actor.userId, ...columnsOf(input) })
      .returning({ id: annotations.id })
      .all();
    if (!row) throw new Error('annotation not inserted');
    const created = findAnnotation(tx, coalitionId, row.id);
    recordAudit(tx, actor, {
      coalitionId,
      action: 'create',
      entityType: 'annotation',
      entityId: row.id,
      after: created,
    });
    return created;
  });
}

export function updateAnnotation(db: Db, coalitionId: number, id: number, input: Input, actor: Actor): Annotation {
  return db.transaction((tx) => {
    const before = findAnnotation(tx, coalitionId, id);
    checkIndicator(tx, coalitionId, input.indicatorId);
    tx.update(annotations)
      .set(columnsOf(input))
      .where(and(eq(annotations.id, id), eq(annotations.coalitionId, coalitionId)))
      .run();
    const after = findAnnotation(tx, coalitionId, id);
    recordAudit(tx, actor, { coalitionId, action: 'update', entityType: 'annotation', entityId: id, before, after });
    return after;
  });
}

export function archiveAnnotation(db: Db, coalitionId: number, id: number, actor: Actor) {
  db.transaction((tx) => {
    const before = findAnnotation(tx, coalitionId, id);
    tx.update(annotations)
      .set({ archivedAt: new Date().toISOString() })
      .where(and(eq(annotations.id, id), eq(annotations.coalitionId, coalitionId), isNull(annotations.archivedAt)))
      .run();
    recordAudit(tx, actor, { coalitionId, action: 'archive', entityType: 'annotation', entityId: id, before });
  });
}
