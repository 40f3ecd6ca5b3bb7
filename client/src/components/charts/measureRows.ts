import type { MeasureTrend } from '@tks/shared/schemas/thermometer';

/** One row per quarter; null stays null, so the value line breaks and a reference line stops there. */
export interface MeasureRow {
  quarter: string;
  value: number | null;
  target: number | null;
  baseline: number | null;
  reference: number | null;
}

export function toMeasureRows(measure: Pick<MeasureTrend, 'points'>): MeasureRow[] {
  return measure.points.map(({ quarter, value, target, baseline, reference }) => ({
    quarter,
    value,
    target,
    baseline,
    reference,
  }));
}

/** Which reference series have any value, so the legend names only lines that are drawn. */
export function presentSeries(rows: readonly MeasureRow[]): Array<'target' | 'baseline' | 'reference'> {
  return (['target', 'baseline', 'reference'] as const).filter((key) => rows.some((row) => row[key] !== null));
}

/**
 * The vertical range: the measure's natural scale where it has one (1–5, 0–100 %), otherwise from
 * zero to a little above the highest value, target or reference, so a target is never off the chart.
 */
export function valueDomain(rows: readonly MeasureRow[], unit: MeasureTrend['unit']): [number, number] {
  if (unit === 'agree_1_5') return [1, 5];
  if (unit === 'yes_no') return [0, 1];
  if (unit === 'score_1_10') return [0, 10];
  if (unit === 'score_0_100') return [0, 100];
  const all = rows.flatMap((r) => [r.value, r.target, r.baseline, r.reference]).filter((v): v is number => v !== null);
  const highest = all.length > 0 ? Math.max(...all) : 0;
  const lowest = all.length > 0 ? Math.min(...all) : 0;
  if (unit === 'percent' && highest <= 100) return [0, 100];
  const top = highest <= 0 ? 1 : niceCeiling(highest * 1.1);
  return [Math.min(0, lowest), top];
}

function niceCeiling(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = magnitude / 2;
  return Math.ceil(value / step) * step;
}

/** One marker per quarter, naming every note of that quarter: labels of the same quarter would overlap. */
export function markersByQuarter(
  annotations: ReadonlyArray<{ quarter: string; number: number }>,
): Array<{ quarter: string; numbers: number[] }> {
  const byQuarter = new Map<string, number[]>();
  for (const { quarter, number } of annotations) byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), number]);
  return [...byQuarter].map(([quarter, numbers]) => ({ quarter, numbers }));
}
