import { type Quarter, quarterFromIndex, quarterIndex } from '@tks/shared/periods';
import type { DemoTimeline } from './types';

/*
 * Calendar dates as YYYY-MM-DD text and timestamps as ISO-8601 UTC, the formats the schema stores.
 * All arithmetic goes through Date.UTC so the result never depends on the machine's time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  return fromUtc(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())));
}

/** Moves a Saturday or Sunday to the Monday after: meetings and rounds happen on working days. */
export function onWeekday(date: string): string {
  const day = toUtc(date).getUTCDay();
  if (day === 6) return addDays(date, 2);
  if (day === 0) return addDays(date, 1);
  return date;
}

/** A day in the given month of a quarter (0, 1 or 2), moved to a working day. */
export function dayInQuarter(q: Quarter, monthOfQuarter: 0 | 1 | 2, day: number): string {
  return onWeekday(isoDate(q.year, (q.quarter - 1) * 3 + 1 + monthOfQuarter, day));
}

export function lastDayOfQuarter(q: Quarter): string {
  const next = quarterFromIndex(quarterIndex(q) + 1);
  return addDays(isoDate(next.year, (next.quarter - 1) * 3 + 1, 1), -1);
}

export function timestamp(date: string, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export const DEMO_QUARTER_COUNT = 12;

/** `quarterCount` quarters up to and including `current`; the demo story is written for twelve. */
export function buildTimeline(current: Quarter, quarterCount = DEMO_QUARTER_COUNT): DemoTimeline {
  const currentIndex = quarterIndex(current);
  const firstIndex = currentIndex - (quarterCount - 1);
  return {
    current,
    currentIndex,
    firstIndex,
    quarters: Array.from({ length: quarterCount }, (_, i) => quarterFromIndex(firstIndex + i)),
    referenceDate: lastDayOfQuarter(current),
  };
}

/** The quarter `offset` quarters after the first quarter of the demo. */
export function quarterAt(timeline: DemoTimeline, offset: number): Quarter {
  return quarterFromIndex(timeline.firstIndex + offset);
}
