import { formatDateTime } from '@tks/shared/format';
import type ExcelJS from 'exceljs';
import { ACTION_STATUS_NL, type Column, quarterNl, type ReportData, type Table } from './report-tables';

/*
 * Number formats in Excel's own notation: Excel shows them with the reader's separators, so a
 * Dutch Excel shows 1.234,5 and +3,2 while the cell holds the number itself.
 */
const NUMBER_FORMATS: Record<Column['kind'], string | undefined> = {
  text: undefined,
  score: '0.0',
  change: '+0.0;-0.0;0.0',
  value: '#,##0.0#',
  integer: '0',
  date: 'dd-mm-yyyy',
};

/** A calendar date as Excel keeps it: midnight UTC of that day, so no time zone shifts it. */
function excelDate(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function addTable(workbook: ExcelJS.Workbook, table: Table) {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column, i) => ({
    key: String(i),
    header: column.header,
    width: column.width,
    ...(NUMBER_FORMATS[column.kind] ? { style: { numFmt: NUMBER_FORMATS[column.kind] } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, i) => {
        const kind = table.columns[i]?.kind;
        if (cell === null || cell === '') return null;
        if (kind === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return excelDate(cell);
        return cell;
      }),
    );
  }
  if (table.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
}

/** The first sheet: what the workbook is, and the headline figures. */
function addSummary(workbook: ExcelJS.Workbook, { report }: ReportData) {
  const sheet = workbook.addWorksheet('Rapport');
  sheet.columns = [
    { key: 'label', width: 34 },
    { key: 'value', width: 44 },
  ];
  const { overall } = report.thermometer;
  const rows: Array<[string, string | number | null, string?]> = [
    ['Kwartaalrapportage', report.coalition.name],
    ['Gemeente', report.coalition.municipality],
    ['Kwartaal', quarterNl(report.quarter)],
    ['Gegenereerd op', formatDateTime(report.generatedAt, 'nl')],
    ['Thermometer (0–100)', overall.score, '0.0'],
    ['Componenten met gegevens', `${overall.componentsWithData} van ${overall.componentsTotal}`],
    ['Acties open', report.actions.counts.open, '0'],
    [`Acties ${ACTION_STATUS_NL.in_progress.toLowerCase()}`, report.actions.counts.in_progress, '0'],
    ['Acties afgerond', report.actions.counts.done, '0'],
    ['Acties vervallen', report.actions.counts.dropped, '0'],
    ['Acties over de deadline', report.actions.overdue, '0'],
  ];
  for (const [label, value, numFmt] of rows) {
    const row = sheet.addRow({ label, value });
    row.getCell(1).font = { bold: true };
    if (numFmt) row.getCell(2).numFmt = numFmt;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
}

export async function toXlsx(data: ReportData, tables: readonly Table[]): Promise<Buffer> {
  // Loaded on the first export: exceljs adds some 28 MB to a process that never writes one.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Thermometer Kansrijke Start';
  workbook.created = new Date(data.report.generatedAt);
  addSummary(workbook, data);
  for (const table of tables) addTable(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
