import type { Db } from '@tks/db/client';
import { apiKeys, importBatches, indicatorDefinitions, indicatorValues, users } from '@tks/db/schema';
import type { ImportBatch } from '@tks/shared/schemas/imports';
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { IndicatorForImport } from './values';

export function selectIndicatorsForImport(db: Db, coalitionId: number): IndicatorForImport[] {
  return db
    .select({
      id: indicatorDefinitions.id,
      code: indicatorDefinitions.code,
      unit: indicatorDefinitions.unit,
      factor: indicatorDefinitions.factor,
      frequency: indicatorDefinitions.frequency,
      plausibleMin: indicatorDefinitions.plausibleMin,
      plausibleMax: indicatorDefinitions.plausibleMax,
      archivedAt: indicatorDefinitions.archivedAt,
    })
    .from(indicatorDefinitions)
    .where(eq(indicatorDefinitions.coalitionId, coalitionId))
    .all()
    .map(({ archivedAt, ...indicator }) => ({ ...indicator, archived: archivedAt !== null }));
}

export function selectSameFileBatch(db: Db, coalitionId: number, fileHash: string) {
  return db
    .select({ id: importBatches.id })
    .from(importBatches)
    .where(
      and(
        eq(importBatches.coalitionId, coalitionId),
        eq(importBatches.fileHash, fileHash),
        eq(importBatches.status, 'committed'),
      ),
    )
    .orderBy(desc(importBatches.id))
    .get();
}

export function insertBatch(
  db: Db,
  values: {
    coalitionId: number;
    channel: 'web' | 'cli' | 'api';
    fileName: string;
    fileHash: string;
    userId: number | null;
    apiKeyId: number | null;
    inserted: number;
    updated: number;
    unchanged: number;
    createdAt: string;
  },
) {
  const [batch] = db
    .insert(importBatches)
    .values({ ...values, kind: 'indicator_values', status: 'committed' })
    .returning()
    .all();
  if (!batch) throw new Error('import batch not inserted');
  return batch;
}

export function selectBatch(db: Db, coalitionId: number, batchId: number) {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.id, batchId), eq(importBatches.coalitionId, coalitionId)))
    .get();
}

/** True when a later batch superseded one of this batch's values. */
export function batchBlockedByLaterCorrection(db: Db, batchId: number) {
  return (
    db
      .select({ id: indicatorValues.id })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.importBatchId, batchId), isNotNull(indicatorValues.supersededById)))
      .limit(1)
      .get() !== undefined
  );
}

export function withdrawBatchValues(db: Db, batchId: number, now: string) {
  return db
    .update(indicatorValues)
    .set({ supersededAt: now })
    .where(and(eq(indicatorValues.importBatchId, batchId), isNull(indicatorValues.supersededAt)))
    .run().changes;
}

export function restoreSupersededBy(db: Db, batchId: number) {
  const ofBatch = db
    .select({ id: indicatorValues.id })
    .from(indicatorValues)
    .where(eq(indicatorValues.importBatchId, batchId));
  return db
    .update(indicatorValues)
    .set({ supersededAt: null, supersededById: null })
    .where(inArray(indicatorValues.supersededById, ofBatch))
    .run().changes;
}

export function markBatchUndone(db: Db, batchId: number, now: string, userId: number | null) {
  db.update(importBatches)
    .set({ status: 'undone', undoneAt: now, undoneBy: userId })
    .where(eq(importBatches.id, batchId))
    .run();
}

export function selectBatches(db: Db, coalitionId: number, limit = 100): ImportBatch[] {
  const blocked = sql<number>`exists (select 1 from ${indicatorValues} v
    where v.import_batch_id = ${importBatches.id} and v.superseded_by_id is not null)`;
  return db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      fileHash: importBatches.fileHash,
      channel: importBatches.channel,
      userName: users.name,
      apiKeyName: apiKeys.name,
      createdAt: importBatches.createdAt,
      inserted: importBatches.inserted,
      updated: importBatches.updated,
      unchanged: importBatches.unchanged,
      status: importBatches.status,
      undoneAt: importBatches.undoneAt,
      blocked,
    })
    .from(importBatches)
    .leftJoin(users, eq(users.id, importBatches.userId))
    .leftJoin(apiKeys, eq(apiKeys.id, importBatches.apiKeyId))
    .where(and(eq(importBatches.coalitionId, coalitionId), eq(importBatches.kind, 'indicator_values')))
    .orderBy(desc(importBatches.id))
    .limit(limit)
    .all()
    .map(({ userName, apiKeyName, blocked: isBlocked, ...batch }) => ({
      ...batch,
      importedBy: userName ?? (apiKeyName ? `API-sleutel ${apiKeyName}` : null),
      canUndo: batch.status === 'committed' && !isBlocked,
    }));
}
