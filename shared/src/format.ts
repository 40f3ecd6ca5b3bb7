import type { Locale } from './locale';
import type { Period, Quarter } from './periods';

/** Shown wherever a value is missing: missing is not zero. */
export const MISSING = '—';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

export interface NumberOptions {
  /** Fixed number of decimals; when left out, up to `maxDecimals` are shown. */
  decimals?: number;
  maxDecimals?: number;
}

function formatWith(
  value: number | null | undefined,
  locale: Locale,
  options: NumberOptions,
  style: Intl.NumberFormatOptions,
  scale = 1,
): string {
  if (isMissing(value)) return MISSING;
  const { decimals, maxDecimals = 1 } = options;
  return numberFormat(locale, {
    ...style,
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? maxDecimals,
  }).format(value * scale);
}

/** 1234.5 → "1.234,5" (nl) or "1,234.5" (en). */
export function formatNumber(value: number | null | undefined, locale: Locale = 'nl', options: NumberOptions = {}) {
  return formatWith(value, locale, options, {});
}

/** Takes percentage points: 12.3 → "12,3%". */
export function formatPercent(value: number | null | undefined, locale: Locale = 'nl', options: NumberOptions = {}) {
  return formatWith(value, locale, options, { style: 'percent' }, 1 / 100);
}

/** A change in percentage points or score points, always signed: "+2,5" or "-1". */
export function formatSignedNumber(
  value: number | null | undefined,
  locale: Locale = 'nl',
  options: NumberOptions = {},
) {
  return formatWith(value, locale, options, { signDisplay: 'exceptZero' });
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** 22-11-2026 (nl) or 22/11/2026 (en). Date-only strings are read as calendar dates, not UTC instants. */
export function formatDate(value: Date | string | null | undefined, locale: Locale = 'nl'): string {
  if (value === null || value === undefined) return MISSING;
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : toDate(value);
  if (Number.isNaN(date.getTime())) return MISSING;
  if (locale === 'nl') {
    const dd = String(date.getDate()).padStart(2, '0');
    const mm = String(date.getMonth() + 1).padStart(2, '0');
    return `${dd}-${mm}-${date.getFullYear()}`;
  }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    date,
  );
}

export function formatDateTime(value: Date | string | null | undefined, locale: Locale = 'nl'): string {
  const time = formatTime(value, locale);
  return time === MISSING ? MISSING : `${formatDate(value, locale)} ${time}`;
}

/** "14:05", in the local time zone. */
export function formatTime(value: Date | string | null | undefined, locale: Locale = 'nl'): string {
  if (value === null || value === undefined) return MISSING;
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return MISSING;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** "K3 2025" in Dutch, "Q3 2025" in English. */
export function formatQuarter(q: Quarter, locale: Locale = 'nl'): string {
  return `${locale === 'nl' ? 'K' : 'Q'}${q.quarter} ${q.year}`;
}

const MONTHS: Record<Locale, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export function formatPeriod(p: Period, locale: Locale = 'nl'): string {
  switch (p.granularity) {
    case 'month':
      return `${MONTHS[locale][p.month - 1]} ${p.year}`;
    case 'quarter':
      return formatQuarter(p, locale);
    case 'half_year':
      return locale === 'nl' ? `${p.half}e halfjaar ${p.year}` : `H${p.half} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}
