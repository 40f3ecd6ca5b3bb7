import type { IndicatorUnit, ReportingFrequency } from '@tks/shared/domain';
import {
  type Granularity,
  type Period,
  type PeriodParseResult,
  parsePeriod,
  periodKey,
  periodQuarterSpan,
  quarterIndex,
  quarterOfDate,
} from '@tks/shared/periods';
import type { ImportIssue } from '@tks/shared/schemas/imports';
import { HttpError } from '../../http-error';
import {
  formatIssueNumber,
  frequencyText,
  ImportRejected,
  type IssueCode,
  makeIssue,
  periodReason,
  periodText,
} from './issues';
import { type DecimalMark, DecimalReader } from './numbers';
import type { Cell, FormulaProblem, SourceInfo, SourceRecord } from './source';

/*
 * From records to values: find the header, tell long from wide layout, and check every value
 * against the indicator it belongs to. Records stream through; nothing here holds the file.
 */

export interface IndicatorForImport {
  id: number;
  code: string;
  unit: IndicatorUnit;
  factor: number;
  frequency: ReportingFrequency;
  plausibleMin: number | null;
  plausibleMax: number | null;
  archived: boolean;
}

/** One value, checked and ready to stage. */
export interface CheckedValue {
  line: number;
  column: string | null;
  indicatorId: number;
  period: string;
  first: number;
  last: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** Keeps the first issues of each kind in full and counts the rest, so a broken million-line file stays cheap. */
export class IssueCollector {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly cap = 200) {}

  error(issue: ImportIssue) {
    this.errorCount++;
    if (this.errors.length < this.cap) this.errors.push(issue);
  }

  warning(issue: ImportIssue) {
    this.warningCount++;
    if (this.warnings.length < this.cap) this.warnings.push(issue);
  }
}

type Role = 'indicator' | 'period' | 'value' | 'numerator' | 'denominator';

const HEADER_NAMES: Record<Role, readonly string[]> = {
  indicator: ['indicator', 'code', 'indicatorcode', 'indicatorid', 'kenmerk'],
  period: ['periode', 'period', 'tijdvak', 'kwartaal', 'quarter'],
  value: ['waarde', 'value', 'score', 'uitkomst'],
  numerator: ['teller', 'numerator'],
  denominator: ['noemer', 'denominator'],
};

const ROLE_OF = new Map<string, Role>(
  Object.entries(HEADER_NAMES).flatMap(([role, names]) => names.map((name) => [name, role as Role])),
);

function normaliseHeader(text: string) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const FREQUENCY_GRANULARITY: Record<ReportingFrequency, Granularity> = {
  quarterly: 'quarter',
  half_yearly: 'half_year',
  yearly: 'year',
};
const FREQUENCY_EXAMPLE: Record<ReportingFrequency, string> = {
  quarterly: 'een kwartaal, bijvoorbeeld K1 2025 of 2025-Q1',
  half_yearly: 'een halfjaar, bijvoorbeeld H1 2025 of 2025-H1',
  yearly: 'een jaar, bijvoorbeeld 2025',
};

/** Default plausible ranges per unit, used where the definition sets none. */
const UNIT_RANGE: Record<IndicatorUnit, [number, number]> = {
  percent: [0, 100],
  per_100: [0, 200],
  per_1000: [0, 1000],
  count: [0, Number.POSITIVE_INFINITY],
  score_1_10: [1, 10],
  score_0_100: [0, 100],
  yes_no: [0, 1],
};

const SMALL_COUNT = 10;
const HEADER_SEARCH_RECORDS = 10;

interface Layout {
  kind: 'long' | 'wide';
  headerLine: number;
  headerWidth: number;
  indicator: number;
  period: number;
  value: number;
  numerator: number;
  denominator: number;
  /** Wide layout: the period of each period column. */
  periodColumns: Array<{ index: number; period: Period }>;
  names: string[];
}

export function columnLabel(format: SourceInfo['format'], index: number, names: readonly string[]): string {
  if (format === 'json') return names[index] ?? String(index + 1);
  if (format === 'csv') return String(index + 1);
  let label = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) label = String.fromCharCode(65 + ((i - 1) % 26)) + label;
  return label;
}

function isFormulaProblem(cell: Cell): cell is FormulaProblem {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'formulaProblem' in cell;
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, '0')}`;
  return '';
}

function isEmptyRecord(cells: readonly Cell[]) {
  return cells.every((cell) => cellText(cell) === '' && !isFormulaProblem(cell));
}

/** Which column plays which part, or null when this is not a header row. */
function analyseHeader(names: readonly string[]) {
  const roles = new Map<Role, number>();
  const periodColumns: Layout['periodColumns'] = [];
  const seen = new Set<string>();
  let duplicate: string | null = null;
  names.forEach((name, index) => {
    const key = normaliseHeader(name);
    if (key === '') return;
    if (seen.has(key)) duplicate ??= name;
    seen.add(key);
    const role = ROLE_OF.get(key);
    if (role) {
      if (!roles.has(role)) roles.set(role, index);
      return;
    }
    const parsed = parsePeriod(name);
    if (parsed.ok) periodColumns.push({ index, period: parsed.period });
  });
  if (!roles.has('indicator')) return null;
  const long = roles.has('period') && (roles.has('value') || (roles.has('numerator') && roles.has('denominator')));
  if (!long && periodColumns.length === 0) return null;
  return { roles, periodColumns, duplicate, kind: long ? ('long' as const) : ('wide' as const) };
}

/** For choosing a sheet: does this row look like a header of either layout? */
export function looksLikeHeader(cells: readonly Cell[]): boolean {
  return analyseHeader(cells.map((cell) => cellText(cell))) !== null;
}

export interface ReadOptions {
  info: SourceInfo;
  indicators: readonly IndicatorForImport[];
  issues: IssueCollector;
  maxRows: number;
  /** The caller named the sheet, so there is no need to say which one was read. */
  sheetRequested?: boolean;
  now?: Date;
}

export interface ReadSummary {
  layout: 'long' | 'wide' | null;
}

/**
 * Reads checked values from batches of records and hands each to `sink`; file-level problems
 * throw ImportRejected, the rest land in `issues`.
 */
export async function readValues(
  batches: AsyncIterable<SourceRecord[]>,
  options: ReadOptions,
  summary: ReadSummary,
  sink: (value: CheckedValue) => void,
): Promise<void> {
  const { info, issues } = options;
  const format = info.format;
  const byCode = new Map(options.indicators.map((indicator) => [indicator.code.trim().toUpperCase(), indicator]));
  const currentQuarter = quarterIndex(quarterOfDate(options.now ?? new Date()));
  const decimals = new DecimalReader(info.delimiter === ',' ? '.' : (',' satisfies DecimalMark));
  const periodCache = new Map<string, PeriodParseResult>();

  let layout: Layout | null = null;
  const beforeHeader: SourceRecord[] = [];
  let count = 0;
  let dataRows = 0;

  if (info.format === 'xlsx' && info.sheets.length > 1 && info.sheet && !options.sheetRequested) {
    issues.warning(makeIssue(format, 'sheet_chosen', { count: info.sheets.length, sheet: info.sheet }));
  }

  reading: for await (const records of batches) {
    for (const record of records) {
      count++;
      if (count > options.maxRows) throw new HttpError(413, 'import_too_many_rows');
      if (isEmptyRecord(record.cells)) continue;
      if (!layout) {
        layout = detectLayout(record);
        if (!layout) {
          beforeHeader.push(record);
          if (beforeHeader.length >= HEADER_SEARCH_RECORDS) break reading;
          continue;
        }
        summary.layout = layout.kind;
        reportHeader(layout);
        continue;
      }
      dataRows++;
      readRecord(layout, record);
    }
  }
  if (!layout) {
    throw new ImportRejected(
      { code: count === 0 || beforeHeader.length === 0 ? 'empty_file' : 'header_not_found', detail: {} },
      info,
    );
  }
  if (dataRows === 0) throw new ImportRejected({ code: 'header_only', detail: {} }, info);

  function where(line: number, index: number | null, names: readonly string[]) {
    if (index === null) return { line, column: null, field: null };
    return { line, column: columnLabel(format, index, names), field: names[index] || null };
  }

  function detectLayout(record: SourceRecord): Layout | null {
    const names = record.cells.map((cell) => cellText(cell));
    const header = analyseHeader(names);
    if (!header) return null;
    if (header.duplicate !== null) {
      throw new ImportRejected({ code: 'duplicate_column', detail: { name: header.duplicate } }, info);
    }
    const { roles, kind, periodColumns } = header;
    return {
      kind,
      headerLine: record.line,
      headerWidth: names.length,
      indicator: roles.get('indicator') ?? 0,
      period: roles.get('period') ?? -1,
      value: roles.get('value') ?? -1,
      numerator: kind === 'long' ? (roles.get('numerator') ?? -1) : -1,
      denominator: kind === 'long' ? (roles.get('denominator') ?? -1) : -1,
      periodColumns: kind === 'wide' ? periodColumns : [],
      names,
    };
  }

  function reportHeader(l: Layout) {
    const used = new Set([
      l.indicator,
      l.period,
      l.value,
      l.numerator,
      l.denominator,
      ...l.periodColumns.map((c) => c.index),
    ]);
    l.names.forEach((name, index) => {
      if (name !== '' && !used.has(index)) {
        issues.warning(makeIssue(format, 'column_ignored', { name }, where(l.headerLine, index, l.names)));
      }
    });
  }

  function error(code: IssueCode, detail: Record<string, string | number>, at: ReturnType<typeof where>) {
    issues.error(makeIssue(format, code, detail, at));
  }

  function warning(code: IssueCode, detail: Record<string, string | number>, at: ReturnType<typeof where>) {
    issues.warning(makeIssue(format, code, detail, at));
  }

  function readRecord(l: Layout, record: SourceRecord): void {
    const { line, cells } = record;
    if (format === 'csv') {
      const needed =
        Math.max(l.indicator, l.period, l.value, l.numerator, l.denominator, ...l.periodColumns.map((c) => c.index)) +
        1;
      if (cells.length < needed) {
        error('too_few_columns', { count: cells.length, expected: l.headerWidth }, where(line, null, l.names));
        return;
      }
      if (cells.length > l.headerWidth && cells.slice(l.headerWidth).some((cell) => cellText(cell) !== '')) {
        error('too_many_columns', { count: cells.length, expected: l.headerWidth }, where(line, null, l.names));
        return;
      }
    }
    const indicator = readIndicator(l, record);
    if (l.kind === 'long') {
      const period = indicator ? readPeriod(indicator, cells[l.period], where(line, l.period, l.names)) : null;
      const value = readLongNumbers(l, record, indicator);
      if (indicator && period && value) sink({ line, column: null, indicatorId: indicator.id, ...period, ...value });
      return;
    }
    if (!indicator) return;
    for (const column of l.periodColumns) {
      const cell = cells[column.index];
      if (cellText(cell) === '' && !isFormulaProblem(cell ?? null)) continue;
      const at = where(line, column.index, l.names);
      const period = checkPeriod(indicator, column.period, at);
      const value = readNumber(cell, at, indicator);
      if (period && value !== null && checkValue(indicator, value, null, null, at)) {
        sink({
          line,
          column: at.column,
          indicatorId: indicator.id,
          ...period,
          value,
          numerator: null,
          denominator: null,
        });
      }
    }
  }

  function readIndicator(l: Layout, record: SourceRecord): IndicatorForImport | null {
    const at = where(record.line, l.indicator, l.names);
    const code = cellText(record.cells[l.indicator]);
    if (code === '') {
      error('indicator_missing', {}, at);
      return null;
    }
    const indicator = byCode.get(code.toUpperCase());
    if (!indicator) {
      error('unknown_indicator', { code }, at);
      return null;
    }
    if (indicator.archived) {
      error('archived_indicator', { code: indicator.code }, at);
      return null;
    }
    return indicator;
  }

  function readPeriod(indicator: IndicatorForImport, cell: Cell | undefined, at: ReturnType<typeof where>) {
    const text = cellText(cell);
    let parsed = periodCache.get(text);
    if (!parsed) {
      parsed = parsePeriod(text);
      if (periodCache.size < 10_000) periodCache.set(text, parsed);
    }
    if (!parsed.ok) {
      error('period_invalid', { text, reason: periodReason(parsed.code) }, at);
      return null;
    }
    return checkPeriod(indicator, parsed.period, at);
  }

  function checkPeriod(indicator: IndicatorForImport, period: Period, at: ReturnType<typeof where>) {
    if (period.granularity !== FREQUENCY_GRANULARITY[indicator.frequency]) {
      error(
        'period_frequency',
        {
          period: periodText(period),
          code: indicator.code,
          frequency: frequencyText(indicator.frequency),
          example: FREQUENCY_EXAMPLE[indicator.frequency],
        },
        at,
      );
      return null;
    }
    const span = periodQuarterSpan(period);
    if (span.first > currentQuarter) {
      error('period_future', { period: periodText(period) }, at);
      return null;
    }
    return { period: periodKey(period), first: span.first, last: span.last };
  }

  function readNumber(cell: Cell | undefined, at: ReturnType<typeof where>, indicator: IndicatorForImport | null) {
    if (cell === undefined || cell === null) return null;
    if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
    if (isFormulaProblem(cell)) {
      if (cell.formulaProblem === 'no_result') error('formula_no_result', { formula: cell.detail }, at);
      else error('formula_error', { error: cell.detail }, at);
      return null;
    }
    if (typeof cell === 'boolean') return cell ? 1 : 0;
    const text = cellText(cell);
    if (indicator?.unit === 'yes_no') {
      const answer = YES_NO.get(text.toLowerCase());
      if (answer !== undefined) return answer;
      if (text !== '0' && text !== '1') {
        error('yes_no_value', { code: indicator.code, text }, at);
        return null;
      }
    }
    const value = cell instanceof Date ? null : decimals.read(text);
    if (value === null || !Number.isFinite(value)) {
      error('not_a_number', { text: text.length > 40 ? `${text.slice(0, 40)}…` : text }, at);
      return null;
    }
    return value;
  }

  function readLongNumbers(l: Layout, record: SourceRecord, indicator: IndicatorForImport | null) {
    const { line, cells } = record;
    const at = (index: number) => where(line, index, l.names);
    const read = (index: number, forIndicator: IndicatorForImport | null) => {
      if (index < 0) return { present: false, value: null };
      const cell = cells[index];
      if (cellText(cell) === '' && !isFormulaProblem(cell ?? null)) return { present: false, value: null };
      return { present: true, value: readNumber(cell, at(index), forIndicator) };
    };
    const value = read(l.value, indicator);
    const numerator = read(l.numerator, null);
    const denominator = read(l.denominator, null);
    if ((value.present && value.value === null) || (numerator.present && numerator.value === null)) return null;
    if (denominator.present && denominator.value === null) return null;
    if (!indicator) return null;
    for (const [part, index] of [
      [numerator, l.numerator],
      [denominator, l.denominator],
    ] as const) {
      if (part.value !== null && part.value < 0) {
        error('negative_count', {}, at(index));
        return null;
      }
    }
    if (denominator.value !== null && denominator.value <= 0) {
      error('denominator_not_positive', {}, at(l.denominator));
      return null;
    }
    let result = value.value;
    const computed =
      numerator.value !== null && denominator.value !== null
        ? (numerator.value / denominator.value) * indicator.factor
        : null;
    if (result === null) {
      if (computed === null) {
        error('value_missing', {}, at(l.value >= 0 ? l.value : l.indicator));
        return null;
      }
      result = Math.round(computed * 1e6) / 1e6;
    } else if (computed !== null && Math.abs(result - computed) > 0.051 * Math.max(1, indicator.factor / 100)) {
      warning(
        'value_mismatch',
        { value: formatIssueNumber(result), computed: formatIssueNumber(computed) },
        at(l.value),
      );
    }
    if (!checkValue(indicator, result, numerator.value, denominator.value, at(l.value >= 0 ? l.value : l.indicator))) {
      return null;
    }
    if (numerator.value !== null && denominator.value !== null && numerator.value > denominator.value) {
      warning(
        'numerator_above_denominator',
        { numerator: formatIssueNumber(numerator.value), denominator: formatIssueNumber(denominator.value) },
        at(l.numerator),
      );
    }
    for (const [which, part, index] of [
      ['teller', numerator, l.numerator],
      ['noemer', denominator, l.denominator],
    ] as const) {
      if (part.value !== null && part.value > 0 && part.value < SMALL_COUNT) {
        warning('small_count', { which, count: formatIssueNumber(part.value) }, at(index));
      }
    }
    return { value: result, numerator: numerator.value, denominator: denominator.value };
  }

  function checkValue(
    indicator: IndicatorForImport,
    value: number,
    _numerator: number | null,
    _denominator: number | null,
    at: ReturnType<typeof where>,
  ) {
    if (indicator.unit === 'yes_no' && value !== 0 && value !== 1) {
      error('yes_no_value', { code: indicator.code, text: formatIssueNumber(value) }, at);
      return false;
    }
    const [defaultMin, defaultMax] = UNIT_RANGE[indicator.unit];
    const min = indicator.plausibleMin ?? defaultMin;
    const max = indicator.plausibleMax ?? defaultMax;
    if (value < min || value > max) {
      warning(
        'out_of_range',
        {
          value: formatIssueNumber(value),
          code: indicator.code,
          min: formatIssueNumber(min),
          max: Number.isFinite(max) ? formatIssueNumber(max) : '∞',
        },
        at,
      );
    }
    return true;
  }
}

const YES_NO = new Map<string, number>([
  ['ja', 1],
  ['nee', 0],
  ['yes', 1],
  ['no', 0],
  ['j', 1],
  ['n', 0],
  ['true', 1],
  ['false', 0],
]);
