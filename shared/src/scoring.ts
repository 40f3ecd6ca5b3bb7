import type { IndicatorDirection, ReportingFrequency } from './domain';
import type { Band, BandCode } from './schemas/thermometer';

/*
 * Scoring: every measure is normalised to 0–100, a component is the weighted mean of the measures
 * it has, and the thermometer is the mean of the components that have data. Missing data is never
 * zero: a measure without data has no score and drops out of the means, and the result says how
 * much it rests on. docs/scoring.md explains every rule with a worked example.
 */

/** Consistent with the published reading of the agree scale: mean 4.0 = 75, mean 3.0 = 50. */
export const DEFAULT_BANDS: readonly Band[] = [
  { from: 0, to: 50, code: 'attention' },
  { from: 50, to: 75, code: 'developing' },
  { from: 75, to: 100, code: 'strong' },
];

/** Differences smaller than this many points are treated as noise, not as a change. */
export const MEANINGFUL_CHANGE = 5;

/** How old (in quarters after the end of its period) a value may be before it is stale. */
export const MAX_AGE_QUARTERS: Readonly<Record<ReportingFrequency, number>> = {
  quarterly: 2,
  half_yearly: 3,
  // Yearly figures (Perined, RIVM) arrive about a year late.
  yearly: 6,
};

/**
 * Scores are floating-point: a mean that is exactly 75 on paper may be computed as 74.99999999999999
 * (dimension means 3.3, 4.1 and 4.6). Within this distance a score counts as on a band edge or on
 * the change threshold, so it lands where the rules and the rounded display say it does.
 */
const EPSILON = 1e-9;

function clamp(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, value));
}

export type BandValidation = { ok: true } | { ok: false; problems: string[] };

/**
 * Bands must cover 0–100 exactly, in ascending order, without gaps or overlaps. Each band holds
 * its lower edge; the upper edge belongs to the next band, and 100 to the last.
 */
export function validateBands(bands: readonly Band[]): BandValidation {
  const problems: string[] = [];
  if (bands.length === 0) return { ok: false, problems: ['no bands'] };
  if (bands[0]?.from !== 0) problems.push('the first band must start at 0');
  if (bands.at(-1)?.to !== 100) problems.push('the last band must end at 100');
  bands.forEach((band, i) => {
    if (!(band.to > band.from)) problems.push(`band ${i + 1} is empty or reversed`);
    const next = bands[i + 1];
    if (next && next.from !== band.to) {
      problems.push(next.from > band.to ? `gap after band ${i + 1}` : `overlap after band ${i + 1}`);
    }
  });
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

export function bandOf(score: number | null, bands: readonly Band[] = DEFAULT_BANDS): BandCode | null {
  if (score === null || Number.isNaN(score)) return null;
  const s = score + EPSILON;
  const last = bands.at(-1);
  if (last && s >= last.to) return last.code;
  return bands.find((band) => s >= band.from && s < band.to)?.code ?? null;
}

/** A questionnaire dimension: the mean on the 1–5 agree scale, as 0–100. */
export function dimensionScore(mean: number): number {
  return clamp(((mean - 1) / 4) * 100);
}

export interface ProgressInput {
  value: number;
  baseline: number | null;
  target: number | null;
  direction: IndicatorDirection;
}

/**
 * An indicator's progress from its baseline to its target, clamped to 0–100. Direction-aware by
 * construction: for "lower is better" the target lies below the baseline, so the same ratio holds.
 * Context indicators and indicators without a target are not scored. Without a baseline the score
 * is all or nothing: 100 once the target is met.
 */
export function indicatorProgress(input: ProgressInput): number | null {
  const { value, baseline, target, direction } = input;
  if (direction === 'context' || target === null) return null;
  const meets = direction === 'higher_better' ? value >= target : value <= target;
  if (baseline === null || baseline === target) return meets ? 100 : 0;
  const movingTheRightWay = direction === 'higher_better' ? target > baseline : target < baseline;
  // A target "behind" the baseline makes progress meaningless; judge by whether it is met.
  if (!movingTheRightWay) return meets ? 100 : 0;
  return clamp(((value - baseline) / (target - baseline)) * 100);
}

/** A register figure against its target (conversations a year, a share in percent): 100 once met. */
export function targetAttainment(value: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return clamp((value / target) * 100);
}

export interface Dated {
  /** Last quarter index the value's period covers. */
  periodLastIndex: number;
}

export type LatestPick<T> = { kind: 'current'; item: T } | { kind: 'stale'; item: T } | { kind: 'missing' };

/** The latest value at or before the quarter; stale when older than the frequency allows. */
export function pickLatest<T extends Dated>(
  items: readonly T[],
  atQuarterIndex: number,
  maxAgeQuarters: number,
): LatestPick<T> {
  let latest: T | undefined;
  for (const item of items) {
    if (item.periodLastIndex <= atQuarterIndex && (!latest || item.periodLastIndex > latest.periodLastIndex)) {
      latest = item;
    }
  }
  if (!latest) return { kind: 'missing' };
  return atQuarterIndex - latest.periodLastIndex > maxAgeQuarters
    ? { kind: 'stale', item: latest }
    : { kind: 'current', item: latest };
}

export interface Weighted {
  score: number | null;
  weight: number;
}

/** The weighted mean of the measures that have a score, and how many it rests on. */
export function weightedMean(measures: readonly Weighted[]): { score: number | null; scored: number; total: number } {
  let sum = 0;
  let weights = 0;
  let scored = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const { score, weight } of measures) {
    if (score === null || weight <= 0) continue;
    sum += score * weight;
    weights += weight;
    scored += 1;
    lowest = Math.min(lowest, score);
    highest = Math.max(highest, score);
  }
  // A mean lies between its lowest and highest score; with fractional weights rounding can
  // overshoot (one measure of 100 with weight 0.32 gives 100.00000000000001), so hold it there.
  return { score: weights > 0 ? clamp(sum / weights, lowest, highest) : null, scored, total: measures.length };
}

/** The thermometer: the plain mean of the components that have a score. */
export function overallScore(componentScores: readonly (number | null)[]): { score: number | null; withData: number } {
  const present = componentScores.filter((s): s is number => s !== null);
  return {
    score: present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : null,
    withData: present.length,
  };
}

/** A change is only called a change when it is larger than noise. */
export function compareScores(
  current: number | null,
  earlier: number | null,
): { change: number | null; meaningful: boolean } {
  if (current === null || earlier === null) return { change: null, meaningful: false };
  const change = current - earlier;
  return { change, meaningful: Math.abs(change) + EPSILON >= MEANINGFUL_CHANGE };
}
