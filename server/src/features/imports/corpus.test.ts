import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@tks/db/client';
import { indicatorValues } from '@tks/db/schema';
import type { ImportResult } from '@tks/shared/schemas/imports';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedImportCoalition } from '../../../test/import-fixtures';
import { HttpError } from '../../http-error';
import { runImport } from './imports.service';

/*
 * The corpus: every awkward or malformed extract with what must come of it. Each file is imported
 * for real (not a dry run) into a copy of a real SQLite database file; a rejected file must leave
 * that file byte-for-byte as it was.
 */

const CORPUS = fileURLToPath(new URL('../../../test/import-corpus/', import.meta.url));

interface Expected {
  outcome?: ImportResult['outcome'];
  /** Error codes in order. */
  errors?: string[];
  /** Warning codes, in any order. */
  warnings?: string[];
  values?: number;
  /** 413 with this error code instead of a result. */
  status413?: 'import_too_large' | 'import_too_many_rows';
  check?: (result: ImportResult) => void;
}

type Case = [name: string, source: string | (() => Buffer), expected: Expected];

const ok = (values: number, extra: Omit<Expected, 'values' | 'outcome'> = {}): Expected => ({
  outcome: 'committed',
  errors: [],
  warnings: [],
  values,
  ...extra,
});
const rejected = (...errors: string[]): Expected => ({ outcome: 'rejected', errors });

const CASES: Case[] = [
  [
    'long layout, semicolons, decimal comma, CRLF',
    'long-semicolon-decimal-comma.csv',
    ok(6, {
      check: (r) => {
        expect(r).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', layout: 'long' });
        expect(r.rows.map((row) => row.value)).toEqual([31.5, 30.8, 19.2, 6.6, 14, 8.1]);
        expect(r.rows[3]).toMatchObject({ indicatorCode: 'ZIN-03', period: '2024', numerator: 66, denominator: 1000 });
      },
    }),
  ],
  [
    'long layout, commas, decimal point, English headers',
    'long-comma-english-headers.csv',
    ok(3, {
      check: (r) => {
        expect(r.delimiter).toBe(',');
        expect(r.rows.map((row) => [row.period, row.value])).toEqual([
          ['2025-Q1', 31.5],
          ['2025-Q2', 18.9],
          ['2024', 6.6],
        ]);
      },
    }),
  ],
  ['tab-separated', 'tab-separated.tsv', ok(2, { check: (r) => expect(r.delimiter).toBe('\t') })],
  [
    'UTF-8 with BOM and a column that is not used',
    'utf8-bom.csv',
    ok(2, {
      warnings: ['column_ignored'],
      check: (r) =>
        expect(r.warnings[0]?.text).toBe("Regel 1, kolom 4 (opmerking): De kolom 'opmerking' wordt niet gebruikt."),
    }),
  ],
  [
    'Windows-1252 with accented letters',
    'windows-1252.csv',
    ok(2, {
      warnings: ['column_ignored'],
      check: (r) => {
        expect(r.encoding).toBe('windows-1252');
        expect(r.warnings[0]?.message).toBe("De kolom 'Cliënt-toelichting' wordt niet gebruikt.");
      },
    }),
  ],
  [
    'decimal comma with thousands separators',
    'thousands-separators.csv',
    ok(3, {
      check: (r) => {
        expect(r.rows[0]).toMatchObject({ value: 6.6, numerator: 81, denominator: 1234 });
        expect(r.rows[1]).toMatchObject({ numerator: 1050, denominator: 3333 });
        expect(r.rows[1]?.value).toBeCloseTo(31.5032, 3);
        expect(r.rows[2]).toMatchObject({ indicatorCode: 'KS-03', period: '2024-H2', value: 1234 });
      },
    }),
  ],
  [
    'wide layout, one column per quarter, a gap and a name column',
    'wide-layout.csv',
    ok(4, {
      warnings: ['column_ignored'],
      check: (r) => {
        expect(r.layout).toBe('wide');
        expect(r.rows.map((row) => [row.indicatorCode, row.period, row.value, row.line, row.column])).toEqual([
          ['JGZ-04', '2025-Q1', 31.5, 2, '3'],
          ['JGZ-04', '2025-Q2', 30.8, 2, '4'],
          ['JGZ-05', '2025-Q1', 19.2, 3, '3'],
          ['JGZ-05', '2025-Q3', 20.1, 3, '5'],
        ]);
      },
    }),
  ],
  ['title rows above the header', 'title-rows-above-header.csv', ok(1)],
  [
    'UTF-16 "Unicode text" from Excel',
    'utf16le-excel-unicode-text.txt',
    ok(2, {
      check: (r) => expect(r).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' }),
    }),
  ],
  [
    'value computed from numerator and denominator',
    'value-from-numerator-denominator.csv',
    ok(2, {
      check: (r) => expect(r.rows.map((row) => row.value)).toEqual([31.5, 6.6]),
    }),
  ],
  [
    'implausible values, numerator above denominator, small counts: warnings only',
    'warnings-only.csv',
    ok(3, {
      warnings: ['out_of_range', 'numerator_above_denominator', 'small_count', 'out_of_range'],
    }),
  ],
  ['the same row twice with the same value', 'duplicate-same-row.csv', ok(2, { warnings: ['duplicate_same'] })],
  [
    'xlsx: wide layout on the second sheet',
    'wide-two-sheets.xlsx',
    ok(3, {
      warnings: ['sheet_chosen'],
      check: (r) => {
        expect(r).toMatchObject({
          format: 'xlsx',
          sheet: 'Gegevens',
          sheets: ['Toelichting', 'Gegevens'],
          layout: 'wide',
        });
        expect(r.rows[1]).toMatchObject({ line: 2, column: 'C', period: '2025-Q2', value: 30.8 });
      },
    }),
  ],
  [
    'xlsx: formulas with cached results',
    'formulas-with-cached-results.xlsx',
    ok(2, {
      check: (r) => expect(r.rows.map((row) => row.value)).toEqual([31.5, 19]),
    }),
  ],
  [
    'xlsx: long layout, a year as a number and a value as Dutch text',
    'long-plain.xlsx',
    ok(2, {
      check: (r) => expect(r.rows[1]).toMatchObject({ period: '2024', value: 6.6 }),
    }),
  ],
  ['yes/no indicator with a value that is neither', 'yes-no.csv', rejected('yes_no_value')],
  [
    'xlsx: formulas without results and with an error',
    'formulas-without-results.xlsx',
    {
      ...rejected('formula_no_result', 'formula_error'),
      check: (r) =>
        expect(r.errors[0]?.text).toMatch(/^Rij 2, kolom E \(waarde\): Deze cel bevat een formule \(=C2\/D2\*100\)/),
    },
  ],
  ['not really an xlsx (a broken zip)', 'truncated.xlsx', rejected('xlsx_unreadable')],
  ['empty file', 'empty.csv', rejected('empty_file')],
  ['only blank lines', 'whitespace-only.csv', rejected('empty_file')],
  ['header only', 'header-only.csv', rejected('header_only')],
  ['binary data (an image)', 'binary.png', rejected('binary_file')],
  ['old Excel (.xls)', 'old-excel.xls', rejected('old_excel')],
  ['no header', 'no-header.csv', rejected('header_not_found')],
  [
    'unknown indicator codes and a missing code',
    'unknown-codes.csv',
    {
      ...rejected('unknown_indicator', 'unknown_indicator', 'indicator_missing'),
      check: (r) =>
        expect(r.errors[0]?.text).toBe(
          "Regel 3, kolom 1 (indicator): De indicatorcode 'JGZ-99' bestaat niet in deze coalitie. Maak de indicator eerst aan in de catalogus of verbeter de code.",
        ),
    },
  ],
  [
    'impossible periods',
    'impossible-periods.csv',
    {
      ...rejected(...Array(6).fill('period_invalid')),
      check: (r) =>
        expect(r.errors[0]?.text).toBe(
          "Regel 2, kolom 2 (periode): De periode '2025-Q5' klopt niet: Een kwartaal loopt van 1 tot en met 4.",
        ),
    },
  ],
  [
    'periods that do not fit the reporting frequency',
    'period-frequency-mismatch.csv',
    {
      ...rejected(...Array(4).fill('period_frequency')),
      check: (r) =>
        expect(r.errors[0]?.message).toBe(
          'De periode K1 2025 past niet bij indicator ZIN-03, die per jaar wordt gemeten. Gebruik een jaar, bijvoorbeeld 2025.',
        ),
    },
  ],
  ['periods in the future', 'future-period.csv', rejected('period_future', 'period_future')],
  [
    'text in number columns',
    'text-in-number-columns.csv',
    {
      ...rejected('not_a_number', 'not_a_number', 'not_a_number'),
      check: (r) =>
        expect(r.errors.map((e) => [e.line, e.column])).toEqual([
          [2, '3'],
          [4, '4'],
          [5, '3'],
        ]),
    },
  ],
  [
    'duplicate rows with conflicting values',
    'duplicate-conflicting.csv',
    {
      ...rejected('duplicate_conflict'),
      check: (r) =>
        expect(r.errors[0]?.text).toBe(
          'Regel 4: Indicator JGZ-04, periode K1 2025 staat ook op regel 2, met een andere waarde (31,5 tegenover 32). Houd één regel over.',
        ),
    },
  ],
  ['mixed separators', 'mixed-separators.csv', rejected('too_few_columns')],
  [
    'decimal commas unquoted in a comma-separated file',
    'decimal-comma-unquoted-in-comma-file.csv',
    rejected('too_many_columns'),
  ],
  ['an unclosed quote', 'unclosed-quote.csv', rejected('csv_malformed')],
  ['denominator zero', 'denominator-zero.csv', rejected('denominator_not_positive')],
  ['archived indicator', 'archived-indicator.csv', rejected('archived_indicator')],
  ['the same column twice', 'duplicate-column.csv', rejected('duplicate_column')],
  [
    'a quoted field over two lines, then an error: the line number still counts',
    'multiline-quoted-field.csv',
    {
      ...rejected('not_a_number'),
      check: (r) => expect(r.errors[0]?.line).toBe(4),
    },
  ],
  [
    'UTF-8 at the start, Windows-1252 further on',
    () => mixedEncoding(),
    {
      ...rejected('mixed_encoding'),
      check: (r) => expect(r.errors[0]?.message).toMatch(/^Vanaf regel 3002 is de tekst geen geldige UTF-8/),
    },
  ],
  [
    'oversized file',
    () => Buffer.alloc(20 * 1024 * 1024 + 1, 'JGZ-04;K1 2025;31,5\n'),
    { status413: 'import_too_large' },
  ],
  ['too many rows', () => manyRows(200_001), { status413: 'import_too_many_rows' }],
  ['a zip that claims to unpack to gigabytes', () => zipBomb(), { status413: 'import_too_large' }],
];

function mixedEncoding() {
  const lines = ['indicator;periode;waarde;toelichting'];
  for (let i = 0; i < 3000; i++)
    lines.push(`JGZ-04;K1 2025;31,5;regel ${i} met genoeg tekst om de eerste 64 kB te vullen`);
  return Buffer.concat([
    Buffer.from(`${lines.join('\n')}\n`),
    iconv.encode('JGZ-05;K1 2025;19;cliënt\n', 'windows-1252'),
  ]);
}

/** A zip archive whose one entry claims 4 GB unpacked: refused before anything is unpacked. */
function zipBomb() {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(0xfffffff0, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length, 16);
  return Buffer.concat([local, name, central, name, end]);
}

function manyRows(count: number) {
  return Buffer.from(`indicator;periode;waarde\n${'JGZ-04;K1 2025;31,5\n'.repeat(count)}`);
}

let dir: string;
let seeded: string;
let coalitionId: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tks-corpus-'));
  seeded = join(dir, 'seeded.db');
  const handle = openDatabase(seeded);
  coalitionId = seedImportCoalition(handle.db).id;
  // An existing value, so that the corpus also meets a database that is not empty.
  handle.db
    .insert(indicatorValues)
    .values({
      coalitionId,
      indicatorId: 1,
      period: '2024-Q4',
      periodFirstIndex: 8099,
      periodLastIndex: 8099,
      value: 30,
    })
    .run();
  handle.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importInto(path: string, name: string, source: Case[1]) {
  const handle = openDatabase(path);
  try {
    const bytes = typeof source === 'string' ? readFileSync(join(CORPUS, source)) : source();
    return await runImport(
      handle.db,
      {
        coalitionId,
        fileName: name,
        channel: 'cli',
        actor: { userId: null, label: 'test', ip: null },
        dryRun: false,
        now: new Date('2026-11-22T12:00:00Z'),
      },
      { kind: 'bytes', bytes: chunked(bytes) },
    );
  } finally {
    handle.close();
  }
}

/** The bytes in uneven chunks, as they arrive from a socket or a file stream. */
async function* chunked(bytes: Buffer) {
  for (let at = 0, size = 1000; at < bytes.length; at += size, size = size * 2 + 7) yield bytes.subarray(at, at + size);
}

describe('import corpus', () => {
  it('holds at least 25 awkward files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  let n = 0;
  for (const [title, source, expected] of CASES) {
    const index = n++;
    it(title, { timeout: 30_000 }, async () => {
      const path = join(dir, `case-${index}.db`);
      copyFileSync(seeded, path);
      const before = readFileSync(path);
      const name = typeof source === 'string' ? source : `generated-${index}.csv`;

      if (expected.status413) {
        const error = await importInto(path, name, source).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(HttpError);
        expect(error).toMatchObject({ statusCode: 413, code: expected.status413 });
        expect(readFileSync(path).equals(before), 'database file changed').toBe(true);
        return;
      }

      const result = await importInto(path, name, source);
      expect(result.outcome, JSON.stringify(result.errors.map((e) => e.text))).toBe(expected.outcome);
      if (expected.errors) expect(result.errors.map((e) => e.code)).toEqual(expected.errors);
      expect(result.errorCount).toBe(result.errors.length);
      if (expected.warnings) expect(result.warnings.map((w) => w.code).sort()).toEqual([...expected.warnings].sort());
      if (expected.values !== undefined) expect(result.counts.values).toBe(expected.values);
      for (const issue of [...result.errors, ...result.warnings]) {
        expect(issue.text.endsWith(issue.message)).toBe(true);
      }
      expected.check?.(result);

      const after = readFileSync(path);
      if (result.outcome === 'rejected') {
        expect(after.equals(before), 'a rejected file changed the database file').toBe(true);
      } else {
        expect(after.equals(before)).toBe(false);
        expect(result.batchId).not.toBeNull();
      }
    });
  }
});
