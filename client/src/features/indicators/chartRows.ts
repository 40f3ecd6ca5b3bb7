import type { IndicatorReferenceKind, ReportingFrequency } from '@tks/shared/domain';
import { type Period, periodKey, quarterFromIndex } from '@tks/shared/periods';
import type { IndicatorDetail, IndicatorReference, IndicatorValue } from '@tks/shared/schemas/indicators';

/** One row per period of the indicator's frequency; null stays null, so the line breaks there. */
export interface IndicatorRow {
  period: string;
  firstIndex: number;
  lastIndex: number;
  value: number | null;
  /** Distances below and above the value for the 95% interval, as recharts' ErrorBar wants them. */
  interval: [number, number] | null;
  suppressed: boolean;
  target: number | null;
  baseline: number | null;
  reference: number | null;
}

const STEP: Record<ReportingFrequency, number> = { quarterly: 1, half_yearly: 2, yearly: 4 };

function periodAt(firstIndex: number, frequency: ReportingFrequency): Period {
  const { year, quarter } = quarterFromIndex(firstIndex);
  switch (frequency) {
    case 'quarterly':
      return { granularity: 'quarter', year, quarter };
    case 'half_yearly':
      return { granularity: 'half_year', year, half: quarter <= 2 ? 1 : 2 };
    case 'yearly':
      return { granularity: 'year', year };
  }
}

/** The entry of a kind that holds in quarter q: the latest one valid from q or earlier. */
export function referenceAt(
  references: readonly IndicatorReference[],
  kind: IndicatorReferenceKind,
  q: number,
): IndicatorReference | null {
  let found: IndicatorReference | null = null;
  for (const entry of references) {
    if (entry.kind === kind && entry.validFromIndex <= q && (!found || entry.validFromIndex > found.validFromIndex)) {
      found = entry;
    }
  }
  return found;
}

/**
 * The series of current values on the grid of the indicator's frequency, from its first to its
 * last period with a value. A period without a value (or with a withheld one) stays in the grid
 * as a gap. A value whose period does not fit the grid (a yearly figure for a quarterly indicator)
 * keeps its own row. Target, baseline and national value are those that hold at the end of each
 * period, so they step where a new one takes over.
 */
export function toIndicatorRows(
  detail: Pick<IndicatorDetail, 'values' | 'references'> & { indicator: { frequency: ReportingFrequency } },
): IndicatorRow[] {
  const current = detail.values.filter((v) => v.current);
  if (current.length === 0) return [];
  const { frequency } = detail.indicator;
  const step = STEP[frequency];
  const byPeriod = new Map<string, IndicatorValue>(current.map((v) => [v.period, v]));
  const first = Math.min(...current.map((v) => v.periodFirstIndex));
  const last = Math.max(...current.map((v) => v.periodLastIndex));
  const start = first - (first % step);
  const slots = new Map<string, { firstIndex: number; lastIndex: number }>();
  for (let i = start; i <= last; i += step) {
    slots.set(periodKey(periodAt(i, frequency)), { firstIndex: i, lastIndex: i + step - 1 });
  }
  for (const v of current) {
    if (!slots.has(v.period)) slots.set(v.period, { firstIndex: v.periodFirstIndex, lastIndex: v.periodLastIndex });
  }
  return [...slots]
    .sort(([, a], [, b]) => a.firstIndex - b.firstIndex || a.lastIndex - b.lastIndex)
    .map(([period, { firstIndex, lastIndex }]) => {
      const v = byPeriod.get(period);
      const value = v?.value ?? null;
      const interval =
        v?.interval && value !== null ? ([value - v.interval.low, v.interval.high - value] as [number, number]) : null;
      return {
        period,
        firstIndex,
        lastIndex,
        value,
        interval,
        suppressed: v?.suppressed ?? false,
        target: referenceAt(detail.references, 'target', lastIndex)?.value ?? null,
        baseline: referenceAt(detail.references, 'baseline', lastIndex)?.value ?? null,
        reference: referenceAt(detail.references, 'national', lastIndex)?.value ?? null,
      };
    });
}

/** Values grouped per period, newest period first; in a period the current value first, then what it replaced. */
export function valuesByPeriod(
  values: readonly IndicatorValue[],
): Array<{ period: string; current: IndicatorValue | null; earlier: IndicatorValue[] }> {
  const groups = new Map<string, IndicatorValue[]>();
  for (const v of values) groups.set(v.period, [...(groups.get(v.period) ?? []), v]);
  return [...groups]
    .map(([period, list]) => ({
      period,
      first: list[0]?.periodFirstIndex ?? 0,
      current: list.find((v) => v.current) ?? null,
      earlier: list.filter((v) => !v.current).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    }))
    .sort((a, b) => b.first - a.first)
    .map(({ period, current, earlier }) => ({ period, current, earlier }));
}
