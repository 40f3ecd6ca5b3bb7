import { formatPeriod, formatQuarter } from '@tks/shared/format';
import type { Locale } from '@tks/shared/locale';
import {
  addQuarters,
  parsePeriod,
  parseQuarterKey,
  type QuarterKey,
  quarterKey,
  quarterOfDate,
} from '@tks/shared/periods';

/** "2025-Q3" → "K3 2025". An unreadable key is shown as sent rather than hidden. */
export function formatQuarterKey(key: string, locale: Locale): string {
  try {
    return formatQuarter(parseQuarterKey(key), locale);
  } catch {
    return key;
  }
}

/** Any period key the API sends ("2025-07", "2025-Q3", "2025-H1", "2025") in the user's words. */
export function formatPeriodKey(key: string, locale: Locale): string {
  const parsed = parsePeriod(key);
  return parsed.ok ? formatPeriod(parsed.period, locale) : key;
}

/** The current quarter and the ones before it, newest first: "2026-Q3", "2026-Q2", … */
export function recentQuarterKeys(count: number, today: Date = new Date()): QuarterKey[] {
  const current = quarterOfDate(today);
  return Array.from({ length: count }, (_, back) => quarterKey(addQuarters(current, -back)));
}
