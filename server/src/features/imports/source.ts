import { createHash, type Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { HttpError } from '../../http-error';
import { type FileProblem, ImportRejected } from './issues';

/*
 * From bytes to records. A CSV file streams through: bytes are hashed and counted as they pass,
 * decoded (UTF-8, falling back to Windows-1252; UTF-16 with a byte order mark), and parsed by
 * csv-parse, so memory stays flat however long the file is. A workbook (a zip archive, within the
 * same size limit) is kept packed in memory and its sheets are unpacked and parsed as streams, row
 * by row, so its memory too stays flat however many rows it has.
 */

export interface ImportLimits {
  /** Largest file in bytes. */
  maxBytes: number;
  /** Most records (lines or sheet rows) read. */
  maxRows: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 200_000 };

/** A formula whose outcome the file does not hold, or holds as an error such as #DEEL/0!. */
export interface FormulaProblem {
  formulaProblem: 'no_result' | 'error';
  detail: string;
}

export type Cell = string | number | boolean | Date | null | FormulaProblem;

export interface SourceRecord {
  /** Line of a CSV file (where the record starts) or row number of a sheet. */
  line: number;
  cells: Cell[];
}

export type SourceFormat = 'csv' | 'xlsx' | 'json';

export interface SourceInfo {
  format: SourceFormat;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  sheets: string[];
}

/**
 * The bytes of one file, read once: counted and hashed as they pass, stopped at the size limit
 * with a clear 413. Whatever the reader leaves unread is drained at the end, so the hash always
 * covers the whole file and an HTTP request body is always consumed.
 */
export class ByteInput {
  private readonly hash: Hash = createHash('sha256');
  private readonly iterator: AsyncIterator<Buffer>;
  bytes = 0;

  constructor(
    input: AsyncIterable<Buffer | Uint8Array | string>,
    readonly maxBytes: number,
  ) {
    this.iterator = bytesOf(input)[Symbol.asyncIterator]();
  }

  async next(): Promise<Buffer | null> {
    const next = await this.iterator.next();
    if (next.done) return null;
    this.bytes += next.value.length;
    if (this.bytes > this.maxBytes) throw new HttpError(413, 'import_too_large');
    this.hash.update(next.value);
    return next.value;
  }

  async drain() {
    while ((await this.next()) !== null) {
      // Only counted and hashed.
    }
  }

  digest() {
    return this.hash.digest('hex');
  }
}

const SNIFF_BYTES = 64 * 1024;

/** Opens a byte stream as records. File-level problems (empty, binary, old .xls) reject the file. */
export async function openSource(
  input: ByteInput,
  options: { sheet?: string | undefined; looksLikeHeader: (cells: Cell[]) => boolean },
): Promise<{ info: SourceInfo; records: AsyncIterable<SourceRecord[]> }> {
  // Gather the start of the file to tell what it is.
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const chunk = await input.next();
    if (chunk === null) {
      ended = true;
      break;
    }
    head.push(chunk);
    headLength += chunk.length;
  }
  const start = Buffer.concat(head);
  if (start.length === 0) throw new ImportRejected(problem('empty_file'));

  async function* rest(): AsyncGenerator<Buffer> {
    yield start;
    if (ended) return;
    for (let chunk = await input.next(); chunk !== null; chunk = await input.next()) yield chunk;
  }

  if (isZip(start)) {
    const chunks: Buffer[] = [];
    for await (const chunk of rest()) chunks.push(chunk);
    const archive = Buffer.concat(chunks);
    // Refuse a workbook that would unpack to far more than the size limit (a zip bomb): even streamed,
    // unpacking it would hold the process for minutes.
    if (unpackedSize(archive) > UNPACKED_FACTOR * Math.max(input.maxBytes, 1024 * 1024)) {
      throw new HttpError(413, 'import_too_large');
    }
    return workbookRecords(archive, options.sheet, options.looksLikeHeader);
  }
  if (isOldExcel(start)) throw new ImportRejected(problem('old_excel'));
  const sample = start.subarray(0, SNIFF_BYTES);
  if (looksBinary(sample)) throw new ImportRejected(problem('binary_file'));

  const encoding = detectEncoding(sample, ended && sample.length === start.length);
  const text = decodeText(rest(), encoding);
  const { delimiter, chunks } = await detectDelimiter(text);
  return {
    info: { format: 'csv', encoding, delimiter, sheet: null, sheets: [] },
    records: csvRecords(chunks, delimiter),
  };
}

async function* bytesOf(input: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
  }
}

function problem(code: FileProblem['code'], detail: Record<string, string | number> = {}): FileProblem {
  return { code, detail };
}

function isZip(bytes: Buffer) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The compound file format of Excel 97–2003 (.xls). */
function isOldExcel(bytes: Buffer) {
  return (
    bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
  );
}

const UNPACKED_FACTOR = 10;

function hasUtf16Bom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters: not a text file (a UTF-16 file announces itself with a BOM). */
function looksBinary(bytes: Buffer) {
  if (hasUtf16Bom(bytes)) return false;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > Math.max(8, bytes.length / 100);
}

function detectEncoding(start: Buffer, complete: boolean): string {
  const utf16 = hasUtf16Bom(start);
  if (utf16) return utf16;
  try {
    // stream: true lets a character cut off at the end of the sample pass; the rest is checked as it comes.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

async function* decodeText(bytes: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<string> {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    for await (const chunk of bytes) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new ImportRejected(
          problem('mixed_encoding', { line: line + newlinesBefore(chunk, firstInvalidUtf8(chunk)) }),
        );
      }
      line += countNewlines(text);
      yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
    return;
  }
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of bytes) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/** Where the first byte sits that cannot be UTF-8 (continuation bytes at the very start belong to the previous chunk). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length && i < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return bytes.length;
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}

function newlinesBefore(bytes: Buffer, end: number) {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

function countNewlines(text: string) {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const DELIMITERS = [';', '\t', ','] as const;

/** Reads the first line (outside quotes) and picks the separator it uses most; ties go to `;`. */
async function detectDelimiter(text: AsyncGenerator<string>) {
  const seen: string[] = [];
  let firstLine = '';
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    seen.push(next.value);
    firstLine += next.value;
    // The first non-empty line decides; a UTF-8 BOM was already removed by the decoder.
    const trimmed = firstLine.replace(/^[\s\ufeff]+/, '');
    const end = trimmed.search(/\r?\n/);
    if (end !== -1 || firstLine.length > SNIFF_BYTES) {
      firstLine = end === -1 ? trimmed : trimmed.slice(0, end);
      break;
    }
  }
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of firstLine.replace(/^[\s\ufeff]+/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let delimiter: string = ';';
  let best = 0;
  for (const candidate of DELIMITERS) {
    const count = counts.get(candidate) ?? 0;
    if (count > best) {
      best = count;
      delimiter = candidate;
    }
  }
  async function* chunks(): AsyncGenerator<string> {
    yield* seen;
    yield* text;
  }
  return { delimiter, chunks: chunks() };
}

/**
 * csv-parse without its per-record info (which triples the time on large files): the line where
 * a record starts is counted here, adding the line breaks inside quoted fields. Empty lines come
 * through as empty records, so they count too. Records come out in batches, one per slice of
 * text, so that a million lines cost a few hundred awaits rather than a million.
 */
async function* csvRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<SourceRecord[]> {
  const parser = parseCsv({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  let collected: string[][] = [];
  let failure: unknown = null;
  let ended = false;
  parser.on('data', (record: string[]) => collected.push(record));
  parser.on('error', (error) => {
    failure = error;
  });
  parser.on('end', () => {
    ended = true;
  });
  let line = 1;
  const take = () => {
    if (failure) throw csvFailure(failure, line);
    const records = collected.map((cells) => {
      const record: SourceRecord = { line, cells };
      line += 1;
      for (const cell of cells) if (cell.includes('\n')) line += countNewlines(cell);
      return record;
    });
    collected = [];
    return records;
  };
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  try {
    for await (const chunk of text) {
      for (let at = 0; at < chunk.length; at += TEXT_SLICE) {
        parser.write(chunk.length <= TEXT_SLICE ? chunk : chunk.slice(at, at + TEXT_SLICE));
        await settle();
        const records = take();
        if (records.length > 0) yield records;
      }
    }
    parser.end();
    while (!ended && !failure) await settle();
    const records = take();
    if (records.length > 0) yield records;
  } finally {
    if (!ended) parser.destroy();
  }
}

const TEXT_SLICE = 64 * 1024;

function csvFailure(error: unknown, line: number) {
  if (error instanceof HttpError || error instanceof ImportRejected) return error;
  const csvError = error as { code?: string; lines?: number };
  if (typeof csvError.code === 'string' && csvError.code.startsWith('CSV_')) {
    return new ImportRejected(problem('csv_malformed', { line: csvError.lines ?? line }));
  }
  return error;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/**
 * The entries listed in a zip archive's central directory, with `directory` the offset where that
 * directory starts; null when it has none that can be read.
 */
function zipEntries(archive: Buffer): (ZipEntry[] & { directory: number }) | null {
  const searchFrom = Math.max(0, archive.length - 65_557);
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < searchFrom || end + 22 > archive.length) return null;
  const count = archive.readUInt16LE(end + 10);
  const directory = archive.readUInt32LE(end + 16);
  let at = directory;
  const entries = Object.assign([] as ZipEntry[], { directory });
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = archive.readUInt16LE(at + 28);
    entries.push({
      name: archive.toString('utf8', at + 46, at + 46 + nameLength),
      method: archive.readUInt16LE(at + 10),
      compressedSize: archive.readUInt32LE(at + 20),
      size: archive.readUInt32LE(at + 24),
      localHeader: archive.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * What the entries of a zip archive claim to unpack to, read from its central directory; an
 * archive without a readable directory counts as 0 here and is left to the workbook reader.
 */
export function unpackedSize(archive: Buffer): number {
  let total = 0;
  for (const entry of zipEntries(archive) ?? []) total += entry.size;
  return total;
}

/**
 * The parts exceljs must have read before a sheet to parse it there and then. Without the
 * relationships and shared strings it parks each sheet in a temporary file and reads it back later
 * (Excel itself stores the shared strings after the sheets), and that path is not safe: when opening
 * files is slow, a sheet comes back empty, and a file stream of a skipped sheet raises an error that
 * nobody listens to. Without the styles it cannot tell dates from numbers.
 */
const PARTS_FIRST = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/** An empty shared-strings part, for a workbook that keeps all its text in the cells. */
export const EMPTY_SHARED_STRINGS = {
  name: 'xl/sharedStrings.xml',
  content: Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  ),
  /** CRC-32 of `content` (checked by a test; zlib.crc32 is not in every Node 20). */
  crc32: 0x29a29d6e,
};

/** A zip entry stored uncompressed, as its local header and data. */
function storedEntry(name: string, content: Buffer, crc32: number) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt32LE(crc32, 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), content]);
}

/**
 * The archive as exceljs's streaming reader should get it (it reads entries in stored order): the
 * parts of PARTS_FIRST at the front, an empty shared-strings part where the workbook has none, the
 * rest as stored. Entries are copied as they are (still compressed, with any data descriptor); the
 * central directory stays at the end, where a streaming reader only skips it. An archive whose
 * entries cannot be laid out so is returned unchanged.
 */
export function withWorkbookPartsFirst(archive: Buffer): Buffer {
  const entries = zipEntries(archive);
  if (!entries || entries.length === 0) return archive;
  const { directory } = entries;
  const stored = [...entries].sort((a, b) => a.localHeader - b.localHeader);
  if (stored[0]?.localHeader !== 0) return archive;
  const spans = new Map<string, Buffer>();
  for (const [index, entry] of stored.entries()) {
    const until = stored[index + 1]?.localHeader ?? directory;
    const sound =
      entry.localHeader < until && until <= archive.length && archive.readUInt32LE(entry.localHeader) === 0x04034b50;
    if (!sound || spans.has(entry.name)) return archive;
    spans.set(entry.name, archive.subarray(entry.localHeader, until));
  }
  if (!spans.has('xl/workbook.xml')) return archive;
  if (!spans.has(EMPTY_SHARED_STRINGS.name)) {
    const { name, content, crc32 } = EMPTY_SHARED_STRINGS;
    spans.set(name, storedEntry(name, content, crc32));
  }
  const first = PARTS_FIRST.filter((name) => spans.has(name));
  const rest = stored.map((entry) => entry.name).filter((name) => !first.includes(name));
  return Buffer.concat([...[...first, ...rest].map((name) => spans.get(name) as Buffer), archive.subarray(directory)]);
}

/** One small entry (the workbook part), unpacked; null when absent or unreadable. */
function zipEntryText(archive: Buffer, entries: ZipEntry[], name: string): string | null {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) return null;
  const at = entry.localHeader;
  if (at + 30 > archive.length || archive.readUInt32LE(at) !== 0x04034b50) return null;
  const dataStart = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  const data = archive.subarray(dataStart, dataStart + entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: WORKBOOK_PART_LIMIT }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}

const WORKBOOK_PART_LIMIT = 8 * 1024 * 1024;

interface SheetEntry {
  name: string;
  state: string;
  /** The number N of xl/worksheets/sheetN.xml, where the relationships say so. */
  file: number | null;
}

/** The sheets in workbook order, from xl/workbook.xml and its relationships, without reading any sheet. */
function listSheets(archive: Buffer): SheetEntry[] {
  const entries = zipEntries(archive);
  const workbook = entries && zipEntryText(archive, entries, 'xl/workbook.xml');
  if (!entries || workbook === null) throw new ImportRejected(problem('xlsx_unreadable'));
  const targets = new Map<string, string>();
  for (const tag of (zipEntryText(archive, entries, 'xl/_rels/workbook.xml.rels') ?? '').match(
    /<Relationship\b[^>]*>/g,
  ) ?? []) {
    const attributes = xmlAttributes(tag);
    if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  }
  return (workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((tag) => {
    const attributes = xmlAttributes(tag);
    const target = targets.get(attributes['r:id'] ?? '') ?? '';
    const file = /worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
    return { name: attributes.name ?? '', state: attributes.state ?? 'visible', file: file ? Number(file) : null };
  });
}

function xmlAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] ?? ''] = xmlDecode(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

function xmlDecode(text: string) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

type SheetReader = AsyncIterable<ExcelJS.Row> & { name: string; id: number | string; state?: string };

/**
 * One streaming pass over the workbook: exceljs unzips and parses the sheets as they come, calling
 * `visit` for each sheet. Sheets `visit` does not read are skipped unparsed.
 *
 * `archive` comes from withWorkbookPartsFirst: given the parts it needs first, exceljs parses
 * every sheet on the spot.
 * Only an out-of-spec workbook without relationships still has its sheets wait in temporary files,
 * each read back through a file stream that exceljs deletes the file under as soon as `visit`
 * returns. Unread, such a stream would keep a descriptor on the deleted file for good, or, when the
 * deletion wins the race with its opening, raise an error nobody listens to: an uncaught exception
 * that ends the server. So each is released here.
 */
async function eachSheet(archive: Buffer, visit: (sheet: SheetReader) => Promise<void>) {
  // Loaded on the first workbook: exceljs adds some 28 MB to a process that never reads one.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([archive]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell dates from numbers.
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader as unknown as AsyncIterable<SheetReader>) {
      const file = temporaryFileStream(sheet);
      // Errors of a stream that is read still reach the reading loop; this only catches unread ones.
      file?.on('error', () => {});
      try {
        await visit(sheet);
      } finally {
        file?.destroy();
      }
    }
  } catch (error) {
    if (error instanceof HttpError || error instanceof ImportRejected) throw error;
    throw new ImportRejected(problem('xlsx_unreadable'));
  }
}

/** The file stream exceljs reads a sheet from when it had to wait in a temporary file, if so. */
function temporaryFileStream(sheet: SheetReader): Readable | null {
  const source = (sheet as { iterator?: unknown }).iterator;
  return source instanceof Readable ? source : null;
}

function isSheet(reader: SheetReader, sheet: SheetEntry) {
  if (reader.name === sheet.name) return true;
  // A sheet exceljs could not tie to the workbook part keeps its file number as id.
  return reader.state === undefined && sheet.file !== null && Number(reader.id) === sheet.file;
}

function rowCells(row: ExcelJS.Row): Cell[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const cells: Cell[] = [];
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
      // A cell's value copy drops a result of 0 or NaN; the cell itself still has it.
      const cell = row.getCell(i);
      cells.push(cellOf({ formula: cell.formula ?? '', result: cell.result } as ExcelJS.CellFormulaValue));
    } else cells.push(cellOf(value));
  }
  return cells;
}

const HEADER_ROWS = 20;
const SHEET_BATCH = 1000;

/**
 * Without a named sheet: the first visible sheet with a recognisable header, else the first with
 * data. The sheet list comes from the workbook part; only when several sheets could be meant is a
 * first pass made over them (their rows are parsed, not kept) to see which has data and a header.
 */
async function workbookRecords(
  archive: Buffer,
  wanted: string | undefined,
  looksLikeHeader: (cells: Cell[]) => boolean,
) {
  const worksheets = listSheets(archive).filter((sheet) => sheet.state !== 'veryHidden');
  const sheets = worksheets.map((sheet) => sheet.name);
  // Ordered once, for both the first pass and the reading of the chosen sheet.
  const ordered = withWorkbookPartsFirst(archive);
  let chosen: SheetEntry | undefined;
  if (wanted) {
    chosen = worksheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  } else {
    const shown = worksheets.filter((sheet) => sheet.state !== 'hidden');
    if (worksheets.length === 1) chosen = worksheets[0];
    else if (shown.length > 0) {
      const probed = new Map<SheetEntry, { data: boolean; header: boolean }>();
      await eachSheet(ordered, async (reader) => {
        const sheet = shown.find((candidate) => !probed.has(candidate) && isSheet(reader, candidate));
        if (!sheet) return;
        const found = { data: false, header: false };
        probed.set(sheet, found);
        // Read to the end (leaving a sheet half read would keep its rest in memory), looking at the top only.
        for await (const row of reader) {
          if (row.number > HEADER_ROWS && found.data) continue;
          if (row.hasValues) found.data = true;
          if (row.number <= HEADER_ROWS && !found.header && looksLikeHeader(rowCells(row))) found.header = true;
        }
      });
      const visible = shown.filter((sheet) => probed.get(sheet)?.data);
      chosen = visible.find((sheet) => probed.get(sheet)?.header) ?? visible[0];
    }
    chosen ??= worksheets[0];
  }
  if (!chosen) {
    throw new ImportRejected(
      wanted ? problem('sheet_not_found', { sheet: wanted, sheets: sheets.join(', ') }) : problem('empty_file'),
      { format: 'xlsx', encoding: null, delimiter: null, sheet: null, sheets },
    );
  }
  const sheet = chosen;
  const info: SourceInfo = { format: 'xlsx', encoding: null, delimiter: null, sheet: sheet.name, sheets };

  /*
   * The rows of the chosen sheet, in batches. exceljs pushes rows from its own loop, so they are
   * handed over through a small queue: the sheet reader waits while the consumer is behind.
   */
  async function* records(): AsyncGenerator<SourceRecord[]> {
    let batch: SourceRecord[] = [];
    const ready: SourceRecord[][] = [];
    let wake: (() => void) | null = null;
    let resume: (() => void) | null = null;
    let done = false;
    let failure: unknown = null;
    let stopped = false;
    const signal = () => {
      const next = wake;
      wake = null;
      next?.();
    };
    const reading = eachSheet(ordered, async (reader) => {
      if (stopped || !isSheet(reader, sheet)) return;
      for await (const row of reader) {
        if (stopped) continue;
        if (!row.hasValues) continue;
        batch.push({ line: row.number, cells: rowCells(row) });
        if (batch.length >= SHEET_BATCH) {
          ready.push(batch);
          batch = [];
          signal();
          if (ready.length >= 2) await new Promise<void>((resolve) => (resume = resolve));
        }
      }
    }).then(
      () => {
        if (batch.length > 0) ready.push(batch);
        done = true;
        signal();
      },
      (error: unknown) => {
        failure = error;
        done = true;
        signal();
      },
    );
    try {
      for (;;) {
        const next = ready.shift();
        if (next) {
          const waiting = resume as (() => void) | null;
          resume = null;
          waiting?.();
          yield next;
          continue;
        }
        if (failure) throw failure;
        if (done) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      // The consumer stopped early (a row limit, an error): let the reader run out without keeping rows.
      stopped = true;
      ready.length = 0;
      (resume as (() => void) | null)?.();
      await reading;
    }
  }
  return { info, records: records() };
}

function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('error' in value) return { formulaProblem: 'error', detail: value.error };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    const formula =
      (value as ExcelJS.CellFormulaValue).formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    if (result === undefined || result === null) return { formulaProblem: 'no_result', detail: `=${formula}` };
    // The streaming reader turns a stored error (#DEEL/0!) into NaN; the formula is what is left to show.
    if (typeof result === 'number' && Number.isNaN(result)) return { formulaProblem: 'error', detail: `=${formula}` };
    if (typeof result === 'object' && !(result instanceof Date))
      return { formulaProblem: 'error', detail: result.error };
    return result;
  }
  return null;
}

/** Records of values posted as JSON: the same path as a file in long layout, with a header of their own. */
export function jsonRecords(
  rows: ReadonlyArray<{
    indicator: string;
    period: string;
    value?: string | number | null | undefined;
    numerator?: string | number | null | undefined;
    denominator?: string | number | null | undefined;
  }>,
): AsyncIterable<SourceRecord[]> {
  async function* records(): AsyncGenerator<SourceRecord[]> {
    const header: SourceRecord = { line: 0, cells: ['indicator', 'period', 'value', 'numerator', 'denominator'] };
    yield [
      header,
      ...rows.map((row, index) => ({
        line: index + 1,
        cells: [row.indicator, row.period, row.value ?? null, row.numerator ?? null, row.denominator ?? null],
      })),
    ];
  }
  return records();
}
