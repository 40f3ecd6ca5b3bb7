import { z } from 'zod';
import { IMPORT_CHANNELS, IMPORT_STATUSES } from '../domain';

/**
 * Importing indicator values. The same result shape answers a preview (dry run), a commit and a
 * rejection, whether the file came through the web, the command line or the API, so all three
 * show the same figures and the same messages.
 */

/** One problem in a file, tied to where it is. Messages are in Dutch: the extracts are Dutch. */
export const zImportIssue = z
  .object({
    /** A stable code such as "unknown_indicator" or "period_frequency". */
    code: z.string(),
    /** Line of a CSV file, row of a sheet, or position in a JSON list (1-based); null for the whole file. */
    line: z.number().int().nullable(),
    /** Column as the file shows it: a number for CSV and JSON, a letter for a sheet; null when not tied to one. */
    column: z.string().nullable(),
    /** The column's header text, when known. */
    field: z.string().nullable(),
    /** The explanation, without the location. */
    message: z.string(),
    /** Location and explanation in one sentence, as the command line prints it. */
    text: z.string(),
  })
  .meta({ id: 'ImportIssue' });
export type ImportIssue = z.infer<typeof zImportIssue>;

export const IMPORT_ACTIONS = ['insert', 'update', 'unchanged'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

const zNumbers = z.object({
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

export const zImportRow = zNumbers
  .extend({
    line: z.number().int(),
    column: z.string().nullable(),
    indicatorCode: z.string(),
    /** Canonical period key: 2025-Q3, 2025-H1, 2025. */
    period: z.string(),
    action: z.enum(IMPORT_ACTIONS),
    /** The current value this row replaces (update) or repeats (unchanged). */
    previous: zNumbers.nullable(),
  })
  .meta({ id: 'ImportRow' });
export type ImportRow = z.infer<typeof zImportRow>;

export const IMPORT_OUTCOMES = ['preview', 'committed', 'unchanged', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const zImportResult = z
  .object({
    /**
     * preview: a dry run without errors; committed: stored as a batch; unchanged: nothing to
     * store (every value already there); rejected: the file has errors and nothing was stored.
     */
    outcome: z.enum(IMPORT_OUTCOMES),
    fileName: z.string(),
    /** SHA-256 of the file's bytes (hex). */
    fileHash: z.string(),
    format: z.enum(['csv', 'xlsx', 'json']).nullable(),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    layout: z.enum(['long', 'wide']).nullable(),
    /** The sheet read, and every sheet of the workbook (xlsx only). */
    sheet: z.string().nullable(),
    sheets: z.array(z.string()),
    counts: z.object({
      /** Values read from the file (a wide row holds several). */
      values: z.number().int(),
      insert: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
    }),
    /** The values in file order, up to a limit; `rowsTruncated` says when more were left out. */
    rows: z.array(zImportRow),
    rowsTruncated: z.boolean(),
    errors: z.array(zImportIssue),
    errorCount: z.number().int(),
    warnings: z.array(zImportIssue),
    warningCount: z.number().int(),
    /** The batch stored by this call (committed only). */
    batchId: z.number().int().nullable(),
    /** An earlier, still standing batch of exactly the same file, if any. */
    sameFileBatchId: z.number().int().nullable(),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof zImportResult>;

export const zImportQuery = z.object({
  fileName: z.string().trim().min(1).max(255).optional(),
  sheet: z.string().trim().min(1).max(100).optional(),
  /** For API clients: "true" only previews. */
  dryRun: z.enum(['true', 'false']).optional(),
});
export type ImportQuery = z.infer<typeof zImportQuery>;

const zJsonNumber = z.union([z.number(), z.string()]);

/** Values posted as JSON by an automated feed; numbers may also come as text ("12,5"). */
export const zImportJsonBody = z
  .object({
    fileName: z.string().trim().min(1).max(255).optional(),
    rows: z
      .array(
        z.object({
          indicator: z.string(),
          period: z.string(),
          value: zJsonNumber.nullable().optional(),
          numerator: zJsonNumber.nullable().optional(),
          denominator: zJsonNumber.nullable().optional(),
        }),
      )
      .min(1),
  })
  .meta({ id: 'ImportJsonBody' });
export type ImportJsonBody = z.infer<typeof zImportJsonBody>;

export const zImportBatch = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    fileHash: z.string(),
    channel: z.enum(IMPORT_CHANNELS),
    /** Who imported: a person's name, or the API key's name. */
    importedBy: z.string().nullable(),
    createdAt: z.string(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    status: z.enum(IMPORT_STATUSES),
    undoneAt: z.string().nullable(),
    /** False once a later batch has corrected one of its values: undo that one first. */
    canUndo: z.boolean(),
  })
  .meta({ id: 'ImportBatch' });
export type ImportBatch = z.infer<typeof zImportBatch>;

export const zImportBatchList = z.object({ batches: z.array(zImportBatch) }).meta({ id: 'ImportBatchList' });

export const zApiKey = z
  .object({
    id: z.number().int(),
    name: z.string(),
    /** The first characters of the key, so people can tell keys apart. */
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof zApiKey>;

export const zApiKeyList = z.object({ apiKeys: z.array(zApiKey) }).meta({ id: 'ApiKeyList' });

export const zNewApiKey = z.object({ name: z.string().trim().min(1).max(80) }).meta({ id: 'NewApiKey' });
export type NewApiKey = z.infer<typeof zNewApiKey>;

/** Returned once, at creation: only a hash of the key is stored. */
export const zCreatedApiKey = zApiKey.extend({ key: z.string() }).meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof zCreatedApiKey>;
