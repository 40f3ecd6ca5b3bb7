import type { IndicatorSource, IndicatorUnit } from './domain';

/*
 * How an indicator value may be shown: small counts are suppressed the way RIVM does it, and a
 * value computed from a numerator and a denominator gets a 95% interval so that a change can be
 * told apart from noise. Pure functions: the server applies them before any figure leaves it.
 */

/** Counts of people from 1 to 9 are not shown (RIVM practice); 0 is shown, it identifies nobody. */
export const SUPPRESSION_THRESHOLD = 10;

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export function isSmallCount(count: number | null): boolean {
  return count !== null && count > 0 && count < SUPPRESSION_THRESHOLD;
}

/**
 * Whether a value in the `count` unit counts people (families, women, conversations with parents)
 * rather than the coalition's own activities (mirror conversations held, a questionnaire score).
 */
export function countsPeople(unit: IndicatorUnit, source: IndicatorSource): boolean {
  return unit === 'count' && source !== 'coalition' && source !== 'questionnaire';
}

export interface RawValue {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface ShownValue {
  /** Null when suppressed. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

/**
 * The rule: when the numerator or the denominator is a small count, the numerator and the value
 * are withheld (with the denominator the value would give the numerator back); a small denominator
 * is withheld too. A count of people below the threshold is withheld itself. Nothing else changes.
 */
export function suppressSmallCounts(
  raw: RawValue,
  indicator: { unit: IndicatorUnit; source: IndicatorSource },
): ShownValue {
  const smallNumerator = isSmallCount(raw.numerator);
  const smallDenominator = isSmallCount(raw.denominator);
  const smallPeopleCount = countsPeople(indicator.unit, indicator.source) && isSmallCount(raw.value);
  if (!smallNumerator && !smallDenominator && !smallPeopleCount) return { ...raw, suppressed: false };
  return {
    value: null,
    numerator: null,
    denominator: smallDenominator ? null : raw.denominator,
    suppressed: true,
  };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of a proportion of `successes` out of `trials`. Unlike the textbook
 * "p ± 1.96·se" it stays within 0–1 and behaves at 0 and at n (Wilson 1927; Brown, Cai & DasGupta
 * 2001 recommend it for small n). Null when it is not a proportion.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (!Number.isFinite(successes) || !Number.isFinite(trials)) return null;
  if (trials <= 0 || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At p = 0 or p = 1 the edge is exact in theory; keep rounding from leaving it.
  return { low: p === 0 ? 0 : Math.max(0, centre - half), high: p === 1 ? 1 : Math.min(1, centre + half) };
}

/**
 * The 95% interval of an indicator value in its own unit (× factor: 100 for %, 1000 for ‰), where
 * numerator and denominator are known and the value is a proportion of them.
 */
export function valueInterval(numerator: number | null, denominator: number | null, factor: number): Interval | null {
  if (numerator === null || denominator === null) return null;
  const interval = wilsonInterval(numerator, denominator);
  return interval ? { low: interval.low * factor, high: interval.high * factor } : null;
}

/** Units that are a share of their denominator, with the value that stands for "all of them". */
const RATE_SCALE: Readonly<Record<string, number>> = { percent: 100, per_100: 100, per_1000: 1000 };

export interface RateObservation {
  value: number | null;
  /** The denominator the rate was computed from. */
  n: number | null;
}

/**
 * Whether two rates differ by more than sampling noise: a two-sided two-proportion z-test at 95%
 * on the denominators behind them. 97,6% of 249 against 98,8% of 256 is not a change, however far
 * it moves a score whose baseline and target lie two points apart. Null when it cannot be told: a
 * unit that is not a share, a missing value or denominator, or a rate above its scale.
 */
/** `unit` is a measure's unit: an indicator unit, or another (such as the agree scale) that is no rate. */
export function ratesDiffer(unit: string, a: RateObservation, b: RateObservation, z = Z_95): boolean | null {
  const scale = RATE_SCALE[unit];
  if (scale === undefined || a.value === null || b.value === null || !a.n || !b.n) return null;
  const p1 = a.value / scale;
  const p2 = b.value / scale;
  if (p1 < 0 || p1 > 1 || p2 < 0 || p2 > 1) return null;
  const pooled = (p1 * a.n + p2 * b.n) / (a.n + b.n);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (standardError === 0) return p1 !== p2;
  return Math.abs(p1 - p2) / standardError > z;
}
