import type { Db } from '@tks/db/client';
import { parsePeriod } from '@tks/shared/periods';
import type { ImportJsonBody, ImportResult } from '@tks/shared/schemas/imports';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import {
  batchBlockedByLaterCorrection,
  insertBatch,
  markBatchUndone,
  restoreSupersededBy,
  selectBatch,
  selectBatches,
  selectIndicatorsForImport,
  selectSameFileBatch,
  withdrawBatchValues,
} from './imports.queries';
import { formatIssueNumber, ImportRejected, makeIssue, periodText, placeName } from './issues';
import {
  ByteInput,
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  jsonRecords,
  openSource,
  type SourceInfo,
} from './source';
import { Stage } from './stage';
import { IssueCollector, looksLikeHeader, type ReadSummary, readValues } from './values';

/*
 * One import, whichever way it came in (web, command line, API): read and check every value,
 * stage it, classify it against the current values, and either answer with the preview or store
 * it as one batch in one transaction. A file with any error stores nothing.
 */

export type ImportChannel = 'web' | 'cli' | 'api';

export interface ImportRequest {
  coalitionId: number;
  fileName: string;
  channel: ImportChannel;
  actor: Actor;
  apiKeyId?: number | null;
  dryRun: boolean;
  sheet?: string | undefined;
  limits?: Partial<ImportLimits>;
  /** For tests: the moment that decides which periods lie in the future. */
  now?: Date;
}

export type ImportInput =
  | { kind: 'bytes'; bytes: AsyncIterable<Buffer | Uint8Array | string> }
  | { kind: 'json'; body: ImportJsonBody };

const ROWS_SHOWN = 500;
const ISSUES_SHOWN = 200;

export async function runImport(db: Db, request: ImportRequest, input: ImportInput): Promise<ImportResult> {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...request.limits };
  const indicators = selectIndicatorsForImport(db, request.coalitionId);
  const codeOf = new Map(indicators.map((indicator) => [indicator.id, indicator.code]));
  const issues = new IssueCollector(ISSUES_SHOWN);
  const summary: ReadSummary = { layout: null };
  const bytes =
    input.kind === 'bytes'
      ? new ByteInput(input.bytes, limits.maxBytes)
      : new ByteInput(oneChunk(Buffer.from(JSON.stringify(input.body.rows))), Number.POSITIVE_INFINITY);
  let info: SourceInfo | null = null;
  const stage = new Stage(db);

  const base = () => ({
    fileName: request.fileName,
    format: info?.format ?? null,
    encoding: info?.encoding ?? null,
    delimiter: info?.delimiter ?? null,
    layout: summary.layout,
    sheet: info?.sheet ?? null,
    sheets: info?.sheets ?? [],
  });

  try {
    try {
      const opened =
        input.kind === 'bytes'
          ? await openSource(bytes, { sheet: request.sheet, looksLikeHeader })
          : {
              info: { format: 'json', encoding: null, delimiter: null, sheet: null, sheets: [] } satisfies SourceInfo,
              records: jsonRecords(input.body.rows),
            };
      info = opened.info;
      await readValues(
        opened.records,
        {
          info: opened.info,
          indicators,
          issues,
          maxRows: limits.maxRows,
          sheetRequested: request.sheet !== undefined,
          ...(request.now ? { now: request.now } : {}),
        },
        summary,
        (value) => stage.add(value),
      );
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      if (error.info) info = error.info;
      await bytes.drain();
      const issue = makeIssue(info?.format ?? null, error.problem.code, error.problem.detail);
      return {
        ...base(),
        outcome: 'rejected',
        fileHash: bytes.digest(),
        counts: { values: 0, insert: 0, update: 0, unchanged: 0 },
        rows: [],
        rowsTruncated: false,
        errors: [issue],
        errorCount: 1,
        warnings: issues.warnings,
        warningCount: issues.warningCount,
        batchId: null,
        sameFileBatchId: null,
      };
    }
    await bytes.drain();
    const fileHash = bytes.digest();

    reportDuplicates(stage, issues, info?.format ?? null, codeOf);
    const counts = stage.counts();
    const rows = stage.sample(ROWS_SHOWN, (id) => codeOf.get(id) ?? String(id));
    const sameFileBatchId = selectSameFileBatch(db, request.coalitionId, fileHash)?.id ?? null;
    const result: ImportResult = {
      ...base(),
      outcome: 'preview',
      fileHash,
      counts,
      rows,
      rowsTruncated: counts.values > rows.length,
      errors: issues.errors,
      errorCount: issues.errorCount,
      warnings: issues.warnings,
      warningCount: issues.warningCount,
      batchId: null,
      sameFileBatchId,
    };
    if (issues.errorCount > 0) return { ...result, outcome: 'rejected' };
    if (request.dryRun) return result;
    if (counts.insert + counts.update === 0) return { ...result, outcome: 'unchanged' };

    const batchId = db.transaction((tx) => {
      const now = new Date().toISOString();
      const batch = insertBatch(tx, {
        coalitionId: request.coalitionId,
        channel: request.channel,
        fileName: request.fileName,
        fileHash,
        userId: request.actor.userId,
        apiKeyId: request.apiKeyId ?? null,
        inserted: counts.insert,
        updated: counts.update,
        unchanged: counts.unchanged,
        createdAt: now,
      });
      const written = stage.commit({
        id: batch.id,
        coalitionId: request.coalitionId,
        userId: request.actor.userId,
        now,
      });
      if (written !== counts.insert + counts.update)
        throw new Error('import wrote a different number of values than it counted');
      recordAudit(tx, request.actor, {
        coalitionId: request.coalitionId,
        action: 'import',
        entityType: 'import_batch',
        entityId: batch.id,
        after: { ...batch, sheet: info?.sheet ?? null },
      });
      return batch.id;
    });
    return { ...result, outcome: 'committed', batchId };
  } finally {
    stage.close();
  }
}

function reportDuplicates(
  stage: Stage,
  issues: IssueCollector,
  format: SourceInfo['format'] | null,
  codeOf: Map<number, string>,
) {
  const { pairs, conflicts, repeats } = stage.duplicates(ISSUES_SHOWN);
  const place = (line: number, column: string | null) =>
    column ? `${placeName(format, line)} kolom ${column}` : placeName(format, line);
  let listedConflicts = 0;
  let listedRepeats = 0;
  for (const pair of pairs) {
    const detail = {
      code: codeOf.get(pair.indicatorId) ?? String(pair.indicatorId),
      period: periodKeyText(pair.period),
      other: place(pair.otherLine, pair.otherColumn),
      value: formatIssueNumber(pair.value),
      otherValue: formatIssueNumber(pair.otherValue),
    };
    const at = { line: pair.line, column: pair.column, field: null };
    if (pair.conflicting) {
      listedConflicts++;
      issues.error(makeIssue(format, 'duplicate_conflict', detail, at));
    } else {
      listedRepeats++;
      issues.warning(makeIssue(format, 'duplicate_same', detail, at));
    }
  }
  issues.errorCount += conflicts - listedConflicts;
  issues.warningCount += repeats - listedRepeats;
}

export function listBatches(db: Db, coalitionId: number) {
  return selectBatches(db, coalitionId);
}

/** Withdraws a batch's values and brings back the values it had superseded; nothing is deleted. */
export function undoBatch(db: Db, coalitionId: number, batchId: number, actor: Actor) {
  db.transaction((tx) => {
    const batch = selectBatch(tx, coalitionId, batchId);
    if (!batch) throw notFound();
    if (batch.status === 'undone') throw new HttpError(409, 'import_already_undone');
    if (batchBlockedByLaterCorrection(tx, batchId)) throw new HttpError(409, 'import_undo_blocked');
    const now = new Date().toISOString();
    const withdrawn = withdrawBatchValues(tx, batchId, now);
    const restored = restoreSupersededBy(tx, batchId);
    markBatchUndone(tx, batchId, now, actor.userId);
    recordAudit(tx, actor, {
      coalitionId,
      action: 'undo',
      entityType: 'import_batch',
      entityId: batchId,
      before: { status: batch.status },
      after: { status: 'undone', withdrawn, restored },
    });
  });
}

async function* oneChunk(chunk: Buffer) {
  yield chunk;
}

function periodKeyText(key: string) {
  const parsed = parsePeriod(key);
  return parsed.ok ? periodText(parsed.period) : key;
}
