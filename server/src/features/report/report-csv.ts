import type { Cell, Column, Table } from './report-tables';

/*
 * CSV as Dutch Excel reads it without an import wizard: a byte order mark so it is read as UTF-8,
 * semicolons (the comma is the decimal separator), a decimal comma, CRLF line ends, and quotes only
 * where a value needs them.
 */
const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** Decimals per kind: scores to one decimal as on screen, raw values as precise as they are kept. */
const DECIMALS: Record<Exclude<Column['kind'], 'text' | 'date'>, number> = {
  score: 1,
  change: 1,
  value: 2,
  integer: 0,
};

/** 68.25 → "68,3"; no thousands separator, which Excel could read as a decimal point in other locales. */
export function csvNumber(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  // Half away from zero, after dropping floating-point noise: 36,75 − 75 is −38,249999999999996 in
  // binary, and a reader expects −38,3.
  const clean = Number(value.toPrecision(12));
  const rounded = (Math.sign(clean) * Math.round(Math.abs(clean) * factor)) / factor;
  // -0 and tiny negatives that round to zero are written as plain 0.
  return (Object.is(rounded, -0) ? 0 : rounded).toString().replace('.', ',');
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return in front)
 * gets an apostrophe first, so a title like "=HYPERLINK(…)" stays text (CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(text: string): string {
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: Cell, column: Column): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') {
    if (column.kind === 'text' || column.kind === 'date') return csvField(neutraliseFormula(String(cell)));
    return csvNumber(cell, DECIMALS[column.kind]);
  }
  if (column.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    const [year, month, day] = cell.split('-');
    return `${day}-${month}-${year}`;
  }
  return csvField(neutraliseFormula(cell));
}

export function toCsv(table: Table): string {
  const lines = [
    table.columns.map((c) => csvField(neutraliseFormula(c.header))).join(SEPARATOR),
    ...table.rows.map((row) => table.columns.map((column, i) => cellText(row[i] ?? null, column)).join(SEPARATOR)),
  ];
  return BOM + lines.join(EOL) + EOL;
}
