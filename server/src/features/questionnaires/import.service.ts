import { createHash } from 'node:crypto';
import type { Db } from '@tks/db/client';
import { answers, importBatches, organisations, responses } from '@tks/db/schema';
import { AGREE_SCALE } from '@tks/shared/instrument-default';
import { matchOrganisation } from '@tks/shared/invitee-list';
import type { Locale } from '@tks/shared/locale';
import type { ImportMapping, ImportPreview, ImportProblem } from '@tks/shared/schemas/questionnaires';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { HttpError } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { versionItems } from './instruments.service';
import { requireRound } from './rounds.service';

/*
 * Responses collected with another survey tool, imported from its CSV export. The coordinator maps
 * each column to an item, the organisation or the role; the preview lists every problem by line
 * and column; the commit stores all rows in one transaction or none.
 */

const MAX_PROBLEMS = 200;
const SAMPLE_ROWS = 5;

const MESSAGES = {
  noRows: { nl: 'Het bestand bevat geen regels met antwoorden.', en: 'The file holds no rows with answers.' },
  noOrganisation: {
    nl: 'De organisatie ontbreekt.',
    en: 'The organisation is missing.',
  },
  unknownOrganisation: {
    nl: 'Organisatie “{value}” hoort niet bij de coalitie.',
    en: 'Organisation “{value}” does not belong to the coalition.',
  },
  badAnswer: {
    nl: '“{value}” is geen antwoord op de schaal 1 tot 5 of “weet niet”.',
    en: '“{value}” is not an answer on the 1 to 5 scale or “don’t know”.',
  },
  noAnswers: { nl: 'Deze regel bevat geen enkel antwoord.', en: 'This row holds no answer at all.' },
  unreadable: {
    nl: 'Het bestand is geen leesbaar CSV-bestand: {reason}',
    en: 'The file is not a readable CSV file: {reason}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

function message(key: keyof typeof MESSAGES, locale: Locale, vars: Record<string, string> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (Dutch Excel's "CSV"). */
export function decodeFile(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const candidates = [';', ',', '\t'];
  let best = ';';
  let bestCount = -1;
  for (const c of candidates) {
    const count = header.split(c).length - 1;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

interface Parsed {
  headers: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

function parseCsv(bytes: Buffer, locale: Locale): Parsed {
  const text = decodeFile(bytes);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw new ImportUnreadable(message('unreadable', locale, { reason: (error as Error).message }));
  }
  const [header, ...rest] = records;
  if (!header) throw new ImportUnreadable(message('noRows', locale));
  return {
    headers: header.record.map((h, i) => h || `#${i + 1}`),
    rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

export class ImportUnreadable extends Error {}

const DONT_KNOW = new Set(
  [
    'weet niet',
    'weet ik niet',
    'n.v.t.',
    'nvt',
    'niet van toepassing',
    'dont know',
    'don’t know',
    "don't know",
    'n/a',
    'na',
  ]
    .concat([AGREE_SCALE.dontKnow.nl, AGREE_SCALE.dontKnow.en])
    .map((s) => s.toLowerCase()),
);
const LABELS = new Map<string, number>(
  ([1, 2, 3, 4, 5] as const).flatMap((v) => [
    [AGREE_SCALE.points[v].nl.toLowerCase(), v] as const,
    [AGREE_SCALE.points[v].en.toLowerCase(), v] as const,
  ]),
);

type Cell = { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'dont_know' } | { kind: 'invalid' };

export function readAnswer(raw: string): Cell {
  const value = raw.trim().toLowerCase();
  if (value === '') return { kind: 'empty' };
  if (DONT_KNOW.has(value)) return { kind: 'dont_know' };
  const number = /^([1-5])(?:[.,]0+)?$/.exec(value);
  if (number) return { kind: 'value', value: Number(number[1]) };
  // "4 - Eens", "4. eens": a leading scale point followed by its label.
  const leading = /^([1-5])\s*[-.:)]\s*\S/.exec(value);
  if (leading) return { kind: 'value', value: Number(leading[1]) };
  const label = LABELS.get(value);
  return label === undefined ? { kind: 'invalid' } : { kind: 'value', value: label };
}

interface ImportContext {
  db: Db;
  coalitionId: number;
  roundId: number;
}

function loadTargets({ db, coalitionId, roundId }: ImportContext) {
  const round = requireRound(db, coalitionId, roundId);
  const placed = versionItems(db, round.instrumentVersionId);
  const orgs = db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
    .from(organisations)
    .where(eq(organisations.coalitionId, coalitionId))
    .all();
  return { round, placed, orgs };
}

function suggestMapping(headers: readonly string[], placed: ReturnType<typeof versionItems>): ImportMapping {
  const mapping: ImportMapping = { organisation: -1, role: null, items: {} };
  headers.forEach((header, index) => {
    const h = header.trim();
    const lower = h.toLowerCase();
    if (mapping.organisation === -1 && /^(organisatie|organisation|organization)\b/.test(lower)) {
      mapping.organisation = index;
      return;
    }
    if (mapping.role === null && /^(rol|role|functie|function)\b/.test(lower)) {
      mapping.role = index;
      return;
    }
    const code = /(?:^|[^A-Za-z0-9])([A-Z][0-9]{1,2})(?![0-9])/.exec(h)?.[1];
    const byCode = code ? placed.find((p) => p.code === code) : undefined;
    const byText =
      byCode ??
      placed.find((p) => {
        const start = p.textNl.slice(0, 40).toLowerCase();
        return lower.includes(start) || lower.includes(p.textEn.slice(0, 40).toLowerCase());
      });
    if (byText && mapping.items[byText.code] === undefined) mapping.items[byText.code] = index;
  });
  if (mapping.organisation === -1) mapping.organisation = 0;
  return mapping;
}

interface RowResult {
  line: number;
  organisationId: number;
  organisation: string;
  role: string | null;
  answers: Array<{ itemId: number; value: number | null; dontKnow: boolean; text: string | null }>;
}

function validate(
  parsed: Parsed,
  mapping: ImportMapping,
  targets: ReturnType<typeof loadTargets>,
  locale: Locale,
): { rows: RowResult[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: RowResult[] = [];
  const header = (index: number) => parsed.headers[index] ?? `#${index + 1}`;
  const mapped = Object.entries(mapping.items).flatMap(([code, index]) => {
    const item = targets.placed.find((p) => p.code === code);
    return item ? [{ item, index }] : [];
  });
  for (const { line, cells } of parsed.rows) {
    const rowProblems: ImportProblem[] = [];
    const orgValue = cells[mapping.organisation] ?? '';
    const organisation = matchOrganisation(orgValue, targets.orgs);
    if (orgValue.trim() === '') {
      rowProblems.push({ line, column: header(mapping.organisation), message: message('noOrganisation', locale) });
    } else if (!organisation) {
      rowProblems.push({
        line,
        column: header(mapping.organisation),
        message: message('unknownOrganisation', locale, { value: orgValue }),
      });
    }
    const rowAnswers: RowResult['answers'] = [];
    for (const { item, index } of mapped) {
      const raw = cells[index] ?? '';
      if (item.kind === 'open') {
        if (raw.trim() !== '') rowAnswers.push({ itemId: item.id, value: null, dontKnow: false, text: raw.trim() });
        continue;
      }
      const cell = readAnswer(raw);
      if (cell.kind === 'invalid') {
        rowProblems.push({ line, column: header(index), message: message('badAnswer', locale, { value: raw }) });
      } else if (cell.kind === 'value') {
        rowAnswers.push({ itemId: item.id, value: cell.value, dontKnow: false, text: null });
      } else if (cell.kind === 'dont_know') {
        rowAnswers.push({ itemId: item.id, value: null, dontKnow: true, text: null });
      }
    }
    if (rowProblems.length === 0 && rowAnswers.length === 0) {
      rowProblems.push({ line, column: null, message: message('noAnswers', locale) });
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0 && organisation) {
      const role = mapping.role === null ? '' : (cells[mapping.role] ?? '').trim();
      rows.push({
        line,
        organisationId: organisation.id,
        organisation: organisation.name,
        role: role || null,
        answers: rowAnswers,
      });
    }
  }
  if (parsed.rows.length === 0) problems.push({ line: 1, column: null, message: message('noRows', locale) });
  return { rows, problems };
}

function assertMapping(mapping: ImportMapping, parsed: Parsed, targets: ReturnType<typeof loadTargets>) {
  const width = parsed.headers.length;
  const indexes = [
    mapping.organisation,
    ...(mapping.role === null ? [] : [mapping.role]),
    ...Object.values(mapping.items),
  ];
  if (indexes.some((i) => i < 0 || i >= width)) throw new HttpError(400, 'import_mapping_invalid');
  if (Object.keys(mapping.items).some((code) => !targets.placed.some((p) => p.code === code))) {
    throw new HttpError(400, 'import_mapping_invalid');
  }
  if (Object.keys(mapping.items).length === 0) throw new HttpError(400, 'import_mapping_invalid');
}

export function previewImport(
  ctx: ImportContext,
  input: { contentBase64: string; mapping?: ImportMapping | undefined },
  locale: Locale,
): ImportPreview {
  const targets = loadTargets(ctx);
  let parsed: Parsed;
  try {
    parsed = parseCsv(Buffer.from(input.contentBase64, 'base64'), locale);
  } catch (error) {
    if (!(error instanceof ImportUnreadable)) throw error;
    return {
      columns: [],
      suggested: { organisation: 0, role: null, items: {} },
      rows: 0,
      valid: 0,
      problems: [{ line: 1, column: null, message: error.message }],
      sample: [],
    };
  }
  const suggested = suggestMapping(parsed.headers, targets.placed);
  const mapping = input.mapping ?? suggested;
  if (input.mapping) assertMapping(mapping, parsed, targets);
  const { rows, problems } =
    Object.keys(mapping.items).length === 0 ? { rows: [], problems: [] } : validate(parsed, mapping, targets, locale);
  return {
    columns: parsed.headers.map((header, index) => ({
      index,
      header,
      samples: parsed.rows
        .slice(0, 3)
        .map((r) => r.cells[index] ?? '')
        .filter((v) => v !== ''),
    })),
    suggested,
    rows: parsed.rows.length,
    valid: rows.length,
    problems: problems.slice(0, MAX_PROBLEMS),
    sample: rows.slice(0, SAMPLE_ROWS).map((r) => ({
      line: r.line,
      organisation: r.organisation,
      role: r.role,
      answers: r.answers.length,
    })),
  };
}

export function commitImport(
  ctx: ImportContext,
  input: { fileName: string; contentBase64: string; mapping: ImportMapping },
  actor: Actor,
  locale: Locale,
) {
  const targets = loadTargets(ctx);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  let parsed: Parsed;
  try {
    parsed = parseCsv(bytes, locale);
  } catch (error) {
    if (error instanceof ImportUnreadable) throw new HttpError(400, 'import_has_problems');
    throw error;
  }
  assertMapping(input.mapping, parsed, targets);
  const { rows, problems } = validate(parsed, input.mapping, targets, locale);
  if (problems.length > 0) throw new HttpError(400, 'import_has_problems');
  const submittedOn = new Date().toISOString().slice(0, 10);
  return ctx.db.transaction((tx) => {
    const [batch] = tx
      .insert(importBatches)
      .values({
        coalitionId: ctx.coalitionId,
        kind: 'questionnaire_responses',
        channel: 'web',
        fileName: input.fileName,
        fileHash: createHash('sha256').update(bytes).digest('hex'),
        userId: actor.userId,
        inserted: rows.length,
      })
      .returning({ id: importBatches.id })
      .all();
    if (!batch) throw new Error('import batch not inserted');
    for (const row of rows) {
      const [response] = tx
        .insert(responses)
        .values({
          coalitionId: ctx.coalitionId,
          roundId: ctx.roundId,
          organisationId: row.organisationId,
          respondentRole: row.role,
          submittedOn,
          importBatchId: batch.id,
        })
        .returning({ id: responses.id })
        .all();
      if (!response) throw new Error('response not inserted');
      if (row.answers.length > 0) {
        tx.insert(answers)
          .values(row.answers.map((a) => ({ responseId: response.id, ...a })))
          .run();
      }
    }
    recordAudit(tx, actor, {
      coalitionId: ctx.coalitionId,
      action: 'import',
      entityType: 'round_responses',
      entityId: ctx.roundId,
      after: { batchId: batch.id, fileName: input.fileName, imported: rows.length },
    });
    return { imported: rows.length, batchId: batch.id };
  });
}
