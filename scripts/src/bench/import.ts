import { once } from 'node:events';
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@tks/db/client';
import { rawConnection } from '@tks/db/raw';
import { coalitions, indicatorDefinitions } from '@tks/db/schema';
import { runImport } from '@tks/server/features/imports/imports.service';
import { periodQuarterSpan } from '@tks/shared/periods';
import ExcelJS from 'exceljs';

/*
 * Indicator import throughput: a generated long-layout CSV (semicolons, decimal commas, numerator
 * and denominator, Dutch quarters) of 250,000 and 1,000,000 rows imported through the same code
 * path as the web, the API and `pnpm cli import`, streamed from disk into a real database file.
 * Next to it, in the same run: plain better-sqlite3 prepared inserts of the same rows into the same
 * table. Goal: the import reaches at least half the plain insert rate, with memory that stays flat
 * as the file grows (peak heap and RSS barely move between the two sizes).
 *
 * Then the same rows as an Excel workbook (.xlsx) of 50,000 and 190,000 rows (the row limit is
 * 200,000), read as a stream: its peak heap and RSS should barely move between the two sizes either.
 */

const SIZES = [250_000, 1_000_000];
const XLSX_SIZES = [50_000, 190_000];
const QUARTERS_PER_INDICATOR = 144; // 1990 … 2025
// On a memory file system where there is one, so both sides measure code rather than the disk.
const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'tks-bench-import-'));

function rowOf(i: number) {
  const indicator = Math.floor(i / QUARTERS_PER_INDICATOR);
  const q = i % QUARTERS_PER_INDICATOR;
  const year = 1990 + Math.floor(q / 4);
  const quarter = (q % 4) + 1;
  const numerator = 20 + (i % 150);
  const denominator = 400;
  return { code: `IND-${String(indicator).padStart(5, '0')}`, indicator, year, quarter, numerator, denominator };
}

async function writeCsv(path: string, rows: number) {
  const out = createWriteStream(path);
  out.write('indicator;periode;waarde;teller;noemer\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const r = rowOf(i);
    const value = ((r.numerator / r.denominator) * 100).toFixed(2).replace('.', ',');
    chunk += `${r.code};K${r.quarter} ${r.year};${value};${r.numerator};${r.denominator}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** A workbook with one sheet of the same rows, written by exceljs's streaming writer (shared strings, as Excel does). */
async function writeXlsx(path: string, rows: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Extract');
  sheet.addRow(['indicator', 'periode', 'waarde', 'teller', 'noemer']).commit();
  for (let i = 0; i < rows; i++) {
    const r = rowOf(i);
    const value = Math.round((r.numerator / r.denominator) * 10000) / 100;
    sheet.addRow([r.code, `K${r.quarter} ${r.year}`, value, r.numerator, r.denominator]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** A database file with one coalition and enough quarterly percentage indicators for the largest file. */
function seedDatabase(path: string) {
  const handle = openDatabase(path);
  const [coalition] = handle.db
    .insert(coalitions)
    .values({ slug: 'bench', name: 'Bench', municipality: 'Bench' })
    .returning()
    .all();
  const count = Math.ceil(Math.max(...SIZES) / QUARTERS_PER_INDICATOR);
  const definitions = Array.from({ length: count }, (_, i) => ({
    coalitionId: coalition?.id ?? 0,
    code: rowOf(i * QUARTERS_PER_INDICATOR).code,
    nameNl: `Indicator ${i}`,
    nameEn: `Indicator ${i}`,
    source: 'jgz' as const,
    component: 'meten_weten' as const,
    unit: 'percent' as const,
    direction: 'higher_better' as const,
    frequency: 'quarterly' as const,
    factor: 100,
  }));
  for (let i = 0; i < definitions.length; i += 500)
    handle.db
      .insert(indicatorDefinitions)
      .values(definitions.slice(i, i + 500))
      .run();
  handle.close();
  return coalition?.id ?? 0;
}

/** Samples memory while `run` goes, so the peak is the peak of the run, not of the moment after it. */
async function withPeakMemory<T>(run: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  try {
    const result = await run();
    sample();
    return { result, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Rates are per CPU second of this process: on a shared machine the wall clock also measures the
 * neighbours, while the CPU time is this code's own (both run in one thread, file I/O on tmpfs).
 */
function cpuSeconds(since: NodeJS.CpuUsage) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const seeded = join(dir, 'seeded.db');
const coalitionId = seedDatabase(seeded);
const figures: Array<Record<string, string>> = [];
let importRate = 0;
let largest = 0;

/** Imports one file through the service into a fresh copy of the seeded database and records its figures. */
async function importFile(path: string, size: number, label: string) {
  const database = join(dir, `import-${label}-${size}.db`);
  copyFileSync(seeded, database);
  const handle = openDatabase(database);
  const fileName = path.split('/').at(-1) ?? path;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { result, rss, heap } = await withPeakMemory(() =>
    runImport(
      handle.db,
      {
        coalitionId,
        fileName,
        channel: 'cli',
        actor: { userId: null, label: 'bench', ip: null },
        dryRun: false,
        limits: { maxBytes: 1024 * 1024 * 1024, maxRows: 2_000_000 },
      },
      { kind: 'bytes', bytes: createReadStream(path, { highWaterMark: 1 << 16 }) },
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(cpuBefore);
  handle.close();
  rmSync(database, { force: true });
  if (result.outcome !== 'committed' || result.counts.insert !== size) {
    throw new Error(`import of ${fileName} ended ${result.outcome}: ${result.errors[0]?.text ?? ''}`);
  }
  figures.push({
    run: `import ${size.toLocaleString('en')} rows (${label})`,
    file: mb(statSync(path).size),
    'wall s': seconds.toFixed(2),
    'CPU s': cpu.toFixed(2),
    'rows per CPU s': Math.round(size / cpu).toLocaleString('en'),
    'peak heap': mb(heap),
    'peak RSS': mb(rss),
  });
  return size / cpu;
}

try {
  for (const size of SIZES) {
    const csv = join(dir, `extract-${size}.csv`);
    await writeCsv(csv, size);
    importRate = await importFile(csv, size, 'CSV');
    rmSync(csv, { force: true });
    largest = size;
  }

  for (const size of XLSX_SIZES) {
    const xlsx = join(dir, `extract-${size}.xlsx`);
    await writeXlsx(xlsx, size);
    await importFile(xlsx, size, 'XLSX');
    rmSync(xlsx, { force: true });
  }

  // Plain prepared inserts of the same rows (already in memory, so only the inserts are timed).
  const database = join(dir, 'plain.db');
  copyFileSync(seeded, database);
  const handle = openDatabase(database);
  const sqlite = rawConnection(handle.db);
  const idOf = new Map(
    (sqlite.prepare('select id, code from indicator_definitions').all() as Array<{ id: number; code: string }>).map(
      (row) => [row.code, row.id],
    ),
  );
  const rows = Array.from({ length: largest }, (_, i) => {
    const r = rowOf(i);
    const span = periodQuarterSpan({ granularity: 'quarter', year: r.year, quarter: r.quarter as 1 });
    return [
      coalitionId,
      idOf.get(r.code),
      `${r.year}-Q${r.quarter}`,
      span.first,
      span.last,
      Math.round((r.numerator / r.denominator) * 10000) / 100,
      r.numerator,
      r.denominator,
    ];
  });
  const insert = sqlite.prepare(
    `insert into indicator_values (coalition_id, indicator_id, period, period_first_index, period_last_index,
       value, numerator, denominator) values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  sqlite.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
  const cpu = cpuSeconds(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  handle.close();
  const plainRate = largest / cpu;
  figures.push({
    run: `plain prepared inserts, ${largest.toLocaleString('en')} rows`,
    file: '—',
    'wall s': seconds.toFixed(2),
    'CPU s': cpu.toFixed(2),
    'rows per CPU s': Math.round(plainRate).toLocaleString('en'),
    'peak heap': '—',
    'peak RSS': '—',
  });

  console.table(figures);
  const ratio = importRate / plainRate;
  console.log(
    `Import of ${largest.toLocaleString('en')} rows: ${(ratio * 100).toFixed(0)}% of the plain insert rate (per CPU second) ` +
      `(goal: at least 50%) ${ratio >= 0.5 ? '✓' : '✗'}`,
  );
  console.log(
    'Memory should stay flat: compare the peak heap and RSS of the two CSV sizes, and of the two XLSX sizes, above.',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
