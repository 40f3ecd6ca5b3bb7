import { formatNumber, formatPeriod } from '@tks/shared/format';
import { PERIOD_ERROR_MESSAGES, type Period, type PeriodErrorCode } from '@tks/shared/periods';
import type { ImportIssue } from '@tks/shared/schemas/imports';
import type { SourceInfo } from './source';

/*
 * Every message an import can give, in Dutch (the extracts and the people reading them are Dutch),
 * each under a stable code. Web, command line and API all print these same texts.
 */

type Detail = Record<string, string | number>;

const FREQUENCY_NL = { quarterly: 'per kwartaal', half_yearly: 'per halfjaar', yearly: 'per jaar' } as const;
const n = (value: number) => formatNumber(value, 'nl', { maxDecimals: 4 });

export const ISSUE_MESSAGES = {
  // The file as a whole.
  empty_file: () => 'Het bestand is leeg.',
  binary_file: () =>
    'Dit is geen tekstbestand (CSV) of Excel-werkmap (.xlsx). Exporteer de gegevens als CSV of sla ze op als .xlsx.',
  old_excel: () => 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV.',
  mixed_encoding: (d: Detail) =>
    `Vanaf regel ${d.line} is de tekst geen geldige UTF-8, terwijl het begin van het bestand dat wel is. Sla het hele bestand op als UTF-8 (of als Windows-1252).`,
  csv_malformed: (d: Detail) =>
    `Regel ${d.line}: de CSV-opbouw klopt niet (bijvoorbeeld een aanhalingsteken dat niet wordt gesloten).`,
  xlsx_unreadable: () =>
    'Deze Excel-werkmap kan niet worden gelezen. Sla hem opnieuw op als .xlsx of exporteer als CSV.',
  sheet_not_found: (d: Detail) => `Het werkblad '${d.sheet}' bestaat niet. Werkbladen in dit bestand: ${d.sheets}.`,
  header_not_found: () =>
    'De kopregel wordt niet herkend. Verwacht worden de kolommen indicator (of code), periode en waarde, eventueel teller en noemer; of een kolom indicator met één kolom per periode (bijvoorbeeld K1 2025, K2 2025).',
  header_only: () => 'Het bestand heeft alleen een kopregel en geen waarden.',
  duplicate_column: (d: Detail) => `De kolom '${d.name}' staat twee keer in de kopregel.`,
  // One line or cell.
  too_few_columns: (d: Detail) =>
    `Deze regel heeft ${d.count} ${Number(d.count) === 1 ? 'kolom' : 'kolommen'}, de kopregel ${d.expected}. Gebruikt deze regel een ander scheidingsteken?`,
  too_many_columns: (d: Detail) =>
    `Deze regel heeft ${d.count} kolommen, de kopregel ${d.expected}. Staat er een ander scheidingsteken in, of een decimale komma zonder aanhalingstekens?`,
  indicator_missing: () => 'De indicatorcode ontbreekt.',
  unknown_indicator: (d: Detail) =>
    `De indicatorcode '${d.code}' bestaat niet in deze coalitie. Maak de indicator eerst aan in de catalogus of verbeter de code.`,
  archived_indicator: (d: Detail) =>
    `De indicator '${d.code}' is gearchiveerd. Haal hem eerst terug uit het archief om er waarden bij te zetten.`,
  period_invalid: (d: Detail) => `De periode '${d.text}' klopt niet: ${d.reason}`,
  period_frequency: (d: Detail) =>
    `De periode ${d.period} past niet bij indicator ${d.code}, die ${d.frequency} wordt gemeten. Gebruik ${d.example}.`,
  period_future: (d: Detail) => `De periode ${d.period} is nog niet begonnen; er kan nog geen waarde voor zijn.`,
  value_missing: () => 'De waarde ontbreekt (en er zijn geen teller en noemer om haar uit te rekenen).',
  not_a_number: (d: Detail) => `'${d.text}' is geen getal.`,
  formula_no_result: (d: Detail) =>
    `Deze cel bevat een formule (${d.formula}) zonder opgeslagen uitkomst. Open het bestand in Excel, laat het herberekenen en sla het opnieuw op, of plak de waarden als getal.`,
  formula_error: (d: Detail) => `De formule in deze cel geeft een fout (${d.error}).`,
  denominator_not_positive: () => 'De noemer moet groter dan 0 zijn.',
  negative_count: () => 'Een teller of noemer kan niet negatief zijn.',
  yes_no_value: (d: Detail) => `Indicator ${d.code} is ja/nee: gebruik ja, nee, 1 of 0 (niet '${d.text}').`,
  duplicate_conflict: (d: Detail) =>
    `Indicator ${d.code}, periode ${d.period} staat ook op ${d.other}, met een andere waarde (${d.otherValue} tegenover ${d.value}). Houd één regel over.`,
  // Warnings.
  column_ignored: (d: Detail) => `De kolom '${d.name}' wordt niet gebruikt.`,
  sheet_chosen: (d: Detail) =>
    `De werkmap heeft ${d.count} werkbladen; werkblad '${d.sheet}' is gelezen. Kies een ander werkblad als dat nodig is.`,
  out_of_range: (d: Detail) =>
    `De waarde ${d.value} ligt buiten het aannemelijke bereik van ${d.code} (${d.min} tot en met ${d.max}).`,
  numerator_above_denominator: (d: Detail) => `De teller (${d.numerator}) is groter dan de noemer (${d.denominator}).`,
  small_count: (d: Detail) =>
    `Kleine aantallen (${d.which} ${d.count}): aantallen onder de 10 worden in rapportages niet getoond.`,
  value_mismatch: (d: Detail) =>
    `De waarde ${d.value} wijkt af van teller / noemer (${d.computed}); de waarde uit het bestand wordt bewaard.`,
  duplicate_same: (d: Detail) =>
    `Indicator ${d.code}, periode ${d.period} staat ook op ${d.other} met dezelfde waarde; hij telt één keer.`,
} as const satisfies Record<string, (detail: Detail) => string>;

export type IssueCode = keyof typeof ISSUE_MESSAGES;

export interface FileProblem {
  code: IssueCode;
  detail: Detail;
}

/** The file cannot be read at all; nothing of it is stored. */
export class ImportRejected extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly info: SourceInfo | null = null,
  ) {
    super(problem.code);
    this.name = 'ImportRejected';
  }
}

export function periodReason(code: PeriodErrorCode) {
  return PERIOD_ERROR_MESSAGES[code].nl;
}

export function frequencyText(frequency: keyof typeof FREQUENCY_NL) {
  return FREQUENCY_NL[frequency];
}

export function periodText(period: Period) {
  return formatPeriod(period, 'nl');
}

export { n as formatIssueNumber };

/** Where something is: "Regel 4, kolom 3 (waarde)" in CSV, "Rij 4, kolom C (waarde)" in a sheet. */
export function locate(
  format: SourceInfo['format'] | null,
  line: number | null,
  column: string | null,
  field: string | null,
) {
  if (line === null) return '';
  const noun = format === 'csv' ? 'Regel' : 'Rij';
  if (column === null) return `${noun} ${line}`;
  const columnNoun = format === 'json' ? 'veld' : 'kolom';
  const name = format === 'json' ? (field ?? column) : `${column}${field ? ` (${field})` : ''}`;
  return `${noun} ${line}, ${columnNoun} ${name}`;
}

/** "regel 12" or "rij 12", for messages that point at another place in the same file. */
export function placeName(format: SourceInfo['format'] | null, line: number) {
  return `${format === 'csv' ? 'regel' : 'rij'} ${line}`;
}

export function makeIssue(
  format: SourceInfo['format'] | null,
  code: IssueCode,
  detail: Detail,
  where: { line: number | null; column: string | null; field: string | null } = {
    line: null,
    column: null,
    field: null,
  },
): ImportIssue {
  const message = ISSUE_MESSAGES[code](detail);
  const location = locate(format, where.line, where.column, where.field);
  return { code, ...where, message, text: location ? `${location}: ${message}` : message };
}
