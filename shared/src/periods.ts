import { z } from 'zod';

/**
 * Periods. The quarter is the canonical unit: every period maps onto a closed range of quarters,
 * expressed as quarter indexes (year * 4 + quarter - 1) so that comparisons are integer compares.
 */

export const GRANULARITIES = ['month', 'quarter', 'half_year', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

export type Period =
  | { granularity: 'month'; year: number; month: number }
  | { granularity: 'quarter'; year: number; quarter: QuarterNumber }
  | { granularity: 'half_year'; year: number; half: 1 | 2 }
  | { granularity: 'year'; year: number };

export type PeriodErrorCode =
  | 'empty'
  | 'unrecognised'
  | 'year_out_of_range'
  | 'quarter_out_of_range'
  | 'half_out_of_range'
  | 'month_out_of_range';

export type PeriodParseResult = { ok: true; period: Period } | { ok: false; code: PeriodErrorCode };

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;
export const zQuarterKey = z
  .string()
  .regex(QUARTER_KEY, 'Expected a quarter such as 2025-Q3')
  .refine((key) => {
    const year = Number(key.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, 'Year out of range');
export type QuarterKey = z.infer<typeof zQuarterKey>;

export const zPeriodKey = z
  .string()
  .regex(/^\d{4}(-(Q[1-4]|H[12]|(0[1-9]|1[0-2])))?$/, 'Expected a period such as 2025-Q3');

export function quarterIndex(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

export function quarterFromIndex(index: number): Quarter {
  const year = Math.floor(index / 4);
  return { year, quarter: (index - year * 4 + 1) as QuarterNumber };
}

export function quarterKey(q: Quarter): QuarterKey {
  return `${q.year}-Q${q.quarter}`;
}

export function parseQuarterKey(key: string): Quarter {
  const match = QUARTER_KEY.exec(key);
  if (!match) throw new Error(`Not a quarter key: ${key}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as QuarterNumber };
}

export function addQuarters(q: Quarter, n: number): Quarter {
  return quarterFromIndex(quarterIndex(q) + n);
}

export function previousQuarter(q: Quarter): Quarter {
  return addQuarters(q, -1);
}

export function sameQuarterLastYear(q: Quarter): Quarter {
  return addQuarters(q, -4);
}

/** Quarters from `from` to `to`, both included; empty when `to` comes before `from`. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) out.push(quarterFromIndex(i));
  return out;
}

export function quarterOfDate(date: Date): Quarter {
  return { year: date.getFullYear(), quarter: (Math.floor(date.getMonth() / 3) + 1) as QuarterNumber };
}

/** First and last quarter index the period covers. */
export function periodQuarterSpan(p: Period): { first: number; last: number } {
  switch (p.granularity) {
    case 'month': {
      const i = p.year * 4 + Math.floor((p.month - 1) / 3);
      return { first: i, last: i };
    }
    case 'quarter': {
      const i = quarterIndex(p);
      return { first: i, last: i };
    }
    case 'half_year': {
      const first = p.year * 4 + (p.half - 1) * 2;
      return { first, last: first + 1 };
    }
    case 'year':
      return { first: p.year * 4, last: p.year * 4 + 3 };
  }
}

/** Canonical text form, as stored and sent over the API: 2025-07, 2025-Q3, 2025-H1, 2025. */
export function periodKey(p: Period): string {
  switch (p.granularity) {
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'half_year':
      return `${p.year}-H${p.half}`;
    case 'year':
      return String(p.year);
  }
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  mar: 3,
  maart: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

type Matcher = (m: RegExpExecArray) => PeriodParseResult;

function checkYear(year: number): PeriodErrorCode | null {
  return year < MIN_YEAR || year > MAX_YEAR ? 'year_out_of_range' : null;
}

function quarterResult(year: number, quarter: number): PeriodParseResult {
  const yearError = checkYear(year);
  if (yearError) return { ok: false, code: yearError };
  if (quarter < 1 || quarter > 4) return { ok: false, code: 'quarter_out_of_range' };
  return { ok: true, period: { granularity: 'quarter', year, quarter: quarter as QuarterNumber } };
}

function halfResult(year: number, half: number): PeriodParseResult {
  const yearError = checkYear(year);
  if (yearError) return { ok: false, code: yearError };
  if (half !== 1 && half !== 2) return { ok: false, code: 'half_out_of_range' };
  return { ok: true, period: { granularity: 'half_year', year, half } };
}

function monthResult(year: number, month: number): PeriodParseResult {
  const yearError = checkYear(year);
  if (yearError) return { ok: false, code: yearError };
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, code: 'month_out_of_range' };
  }
  return { ok: true, period: { granularity: 'month', year, month } };
}

// Quarter markers: Q (English), K (Dutch "kwartaal"). Half-year markers: H, HJ.
const PATTERNS: Array<[RegExp, Matcher]> = [
  [/^(\d{4})\s*[-/ ]?\s*[qk](\d)$/, (m) => quarterResult(Number(m[1]), Number(m[2]))],
  [/^[qk](\d)\s*[-/ ]?\s*(\d{4})$/, (m) => quarterResult(Number(m[2]), Number(m[1]))],
  [/^(\d)\s*(?:e|de|ste)?\s*kwartaal\s*(\d{4})$/, (m) => quarterResult(Number(m[2]), Number(m[1]))],
  [/^kwartaal\s*(\d)\s*[-/ ]?\s*(\d{4})$/, (m) => quarterResult(Number(m[2]), Number(m[1]))],
  [/^(\d{4})\s*[-/ ]?\s*hj?(\d)$/, (m) => halfResult(Number(m[1]), Number(m[2]))],
  [/^hj?(\d)\s*[-/ ]?\s*(\d{4})$/, (m) => halfResult(Number(m[2]), Number(m[1]))],
  [/^(\d)\s*(?:e|de|ste)?\s*halfjaar\s*(\d{4})$/, (m) => halfResult(Number(m[2]), Number(m[1]))],
  [/^(\d{4})\s*[-/]\s*(\d{1,2})$/, (m) => monthResult(Number(m[1]), Number(m[2]))],
  [/^(\d{1,2})\s*[-/]\s*(\d{4})$/, (m) => monthResult(Number(m[2]), Number(m[1]))],
  [/^(\d{4})(\d{2})$/, (m) => monthResult(Number(m[1]), Number(m[2]))],
  [
    /^([a-z]+)\.?\s*[-/ ]?\s*(\d{4})$/,
    (m) => {
      const month = MONTH_NAMES[m[1] ?? ''];
      return month ? monthResult(Number(m[2]), month) : { ok: false, code: 'unrecognised' };
    },
  ],
  [
    /^(?:jaar\s*|year\s*)?(\d{4})$/,
    (m) => {
      const year = Number(m[1]);
      const yearError = checkYear(year);
      return yearError ? { ok: false, code: yearError } : { ok: true, period: { granularity: 'year', year } };
    },
  ],
];

/**
 * Reads a period in the forms people type and extracts contain:
 * 2025-Q3, 2025Q3, Q3 2025, K3 2025, 3e kwartaal 2025, 2025-H1, H2 2025, 2025-07, 07-2025,
 * juli 2025, 2025.
 */
export function parsePeriod(input: string): PeriodParseResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, code: 'empty' };
  for (const [pattern, toResult] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return toResult(match);
  }
  return { ok: false, code: 'unrecognised' };
}

/** Parses a quarter specifically; a month is read as the quarter it falls in. */
export function parseQuarter(input: string): { ok: true; quarter: Quarter } | { ok: false; code: PeriodErrorCode } {
  const result = parsePeriod(input);
  if (!result.ok) return result;
  const { period } = result;
  if (period.granularity === 'quarter') return { ok: true, quarter: { year: period.year, quarter: period.quarter } };
  if (period.granularity === 'month') {
    return { ok: true, quarter: quarterFromIndex(periodQuarterSpan(period).first) };
  }
  return { ok: false, code: 'unrecognised' };
}

export const PERIOD_ERROR_MESSAGES: Record<PeriodErrorCode, { nl: string; en: string }> = {
  empty: { nl: 'Er is geen periode ingevuld.', en: 'No period was given.' },
  unrecognised: {
    nl: 'Deze periode wordt niet herkend. Gebruik bijvoorbeeld K3 2025, 2025-Q3, 2025-07 of 2025.',
    en: 'This period is not recognised. Use for example Q3 2025, 2025-Q3, 2025-07 or 2025.',
  },
  year_out_of_range: {
    nl: `Het jaar moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen.`,
    en: `The year must be between ${MIN_YEAR} and ${MAX_YEAR}.`,
  },
  quarter_out_of_range: { nl: 'Een kwartaal loopt van 1 tot en met 4.', en: 'A quarter runs from 1 to 4.' },
  half_out_of_range: { nl: 'Een halfjaar is 1 of 2.', en: 'A half year is 1 or 2.' },
  month_out_of_range: { nl: 'Een maand loopt van 1 tot en met 12.', en: 'A month runs from 1 to 12.' },
};
