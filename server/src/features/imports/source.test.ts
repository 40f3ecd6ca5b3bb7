import fs, { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ByteInput, EMPTY_SHARED_STRINGS, openSource, withWorkbookPartsFirst } from './source';
import { looksLikeHeader } from './values';

/*
 * exceljs's streaming reader parks a sheet in a temporary file when the sheet is stored before the
 * shared strings, as Excel itself stores them, and reads it back through a file stream. These tests
 * slow the opening of files down the way a busy machine does, which is when that went wrong.
 */

/** Sheets before the shared strings, the workbook part last (as exceljs's writer stores them). */
const TWO_SHEETS = readFileSync(
  fileURLToPath(new URL('../../../test/import-corpus/wide-two-sheets.xlsx', import.meta.url)),
);

/** A workbook with its text in the cells and no shared strings: exceljs parks its sheets still. */
async function workbookWithoutSharedStrings() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const notes = workbook.addWorksheet('Toelichting');
  notes.addRow(['Toelichting bij de gegevens']).commit();
  notes.commit();
  const data = workbook.addWorksheet('Gegevens');
  data.addRow(['indicator', 'periode', 'waarde']).commit();
  data.addRow(['JGZ-01', 'K1 2025', 12]).commit();
  data.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function readSheet(archive: Buffer, sheet: string | undefined) {
  const { info, records } = await openSource(new ByteInput(Readable.from([archive]), 10 * 1024 * 1024), {
    sheet,
    looksLikeHeader,
  });
  const lines: number[] = [];
  for await (const batch of records) lines.push(...batch.map((record) => record.line));
  return { sheet: info.sheet, lines };
}

/** Delays every opening of a file, as a busy machine does; returns the paths opened. */
function slowFileOpening() {
  const open = fs.open;
  const opened: string[] = [];
  vi.spyOn(fs, 'open').mockImplementation(((...args: Parameters<typeof fs.open>) => {
    opened.push(String(args[0]));
    setTimeout(() => open(...args), 30);
  }) as typeof fs.open);
  return opened;
}

/** A zip of uncompressed entries, with its central directory. */
function zipOf(files: Record<string, string>) {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const content = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt32LE(crc32(content), 16);
    header.writeUInt32LE(content.length, 20);
    header.writeUInt32LE(content.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheetXml = (text: string) =>
  `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;

/** This process's open descriptors on temporary files of exceljs (named tmp-<pid>-…). */
function openTemporaryFiles() {
  const paths: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      paths.push(readlinkSync(`/proc/self/fd/${fd}`));
    } catch {
      // Closed while listing (the descriptor of the listing itself).
    }
  }
  return paths.filter((path) => path.includes(`/tmp-${process.pid}-`));
}

/** Runs `work`, then waits a moment for stray stream errors, and returns the uncaught ones. */
async function uncaughtDuring(work: () => Promise<void>) {
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', record);
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off('uncaughtException', record);
  }
  return uncaught;
}

/**
 * Names of the entries in stored order, walking the local headers. An entry with a data descriptor
 * (flag bit 3) does not say its size up front; its end is the next local header or the directory.
 */
function storedNames(archive: Buffer) {
  const names: string[] = [];
  const nameAt = (at: number) => archive.toString('utf8', at + 30, at + 30 + archive.readUInt16LE(at + 26));
  for (let at = 0; archive.readUInt32LE(at) === 0x04034b50; ) {
    names.push(nameAt(at));
    const dataStart = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
    if ((archive.readUInt16LE(at + 6) & 0x08) === 0) {
      at = dataStart + archive.readUInt32LE(at + 18);
      continue;
    }
    const header = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    let next = archive.indexOf(header, dataStart);
    while (next !== -1 && !/^[\w[\]./-]+$/.test(nameAt(next))) next = archive.indexOf(header, next + 1);
    if (next === -1) break;
    at = next;
  }
  return names;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading a workbook whose sheets come before its shared strings', () => {
  it('gives exceljs the workbook part, relationships, shared strings and styles first, the rest as stored', () => {
    const before = storedNames(TWO_SHEETS);
    expect(before.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(before.indexOf('xl/sharedStrings.xml'));
    const after = withWorkbookPartsFirst(TWO_SHEETS);
    const first = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    expect(storedNames(after)).toEqual([...first, ...before.filter((name) => !first.includes(name))]);
    // Entries are moved, not unpacked or packed again.
    expect(after.length).toBe(TWO_SHEETS.length);
    // Anything that is not a sound archive is left for the reader to refuse.
    const garbage = Buffer.from('PK\u0003\u0004 not really a zip');
    expect(withWorkbookPartsFirst(garbage)).toBe(garbage);
  });

  it('reads every sheet right while opening files is slow', async () => {
    slowFileOpening();
    expect(await readSheet(TWO_SHEETS, undefined)).toEqual({ sheet: 'Gegevens', lines: [1, 2, 3] });
    expect(await readSheet(TWO_SHEETS, 'Toelichting')).toEqual({ sheet: 'Toelichting', lines: [1] });
    expect(await readSheet(TWO_SHEETS, 'Gegevens')).toEqual({ sheet: 'Gegevens', lines: [1, 2, 3] });
  });
});

describe('reading a workbook without shared strings', () => {
  it('gets an empty shared-strings part, so its sheets are read on the spot, right while opening files is slow', async () => {
    const archive = await workbookWithoutSharedStrings();
    expect(storedNames(archive)).not.toContain('xl/sharedStrings.xml');
    expect(storedNames(withWorkbookPartsFirst(archive)).slice(0, 3)).toEqual([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
    ]);
    const opened = slowFileOpening();
    expect(await readSheet(archive, undefined)).toEqual({ sheet: 'Gegevens', lines: [1, 2] });
    expect(await readSheet(archive, 'Toelichting')).toEqual({ sheet: 'Toelichting', lines: [1] });
    expect(await readSheet(archive, 'Gegevens')).toEqual({ sheet: 'Gegevens', lines: [1, 2] });
    expect(opened).toEqual([]);
  });

  it('has the right checksum on the empty shared-strings part', () => {
    expect(crc32(EMPTY_SHARED_STRINGS.content)).toBe(EMPTY_SHARED_STRINGS.crc32);
  });
});

describe('an out-of-spec workbook whose sheets still wait in temporary files (no relationships)', () => {
  const archive = zipOf({
    'xl/workbook.xml': `<workbook xmlns="${MAIN}"><sheets><sheet name="Toelichting" sheetId="1"/><sheet name="Gegevens" sheetId="2"/></sheets></workbook>`,
    'xl/worksheets/sheet1.xml': sheetXml('Toelichting'),
    'xl/worksheets/sheet2.xml': sheetXml('indicator'),
  });

  it('releases the temporary files of the sheets it could not place, without an uncaught error', async () => {
    const opened = slowFileOpening();
    const uncaught = await uncaughtDuring(async () => {
      await readSheet(archive, 'Gegevens').catch(() => undefined);
    });
    // The temporary-file path was taken (else this test would prove nothing) and left nothing behind.
    expect(opened.some((path) => path.includes(`/tmp-${process.pid}-`))).toBe(true);
    expect(uncaught).toEqual([]);
    await vi.waitFor(() => expect(openTemporaryFiles()).toEqual([]));
  });
});
