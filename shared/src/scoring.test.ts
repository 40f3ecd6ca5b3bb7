import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorDirection } from './domain';
import { agreeMeanToScore } from './indicator-catalogue';
import type { Band, BandCode } from './schemas/thermometer';
import {
  bandOf,
  compareScores,
  type Dated,
  DEFAULT_BANDS,
  dimensionScore,
  indicatorProgress,
  MAX_AGE_QUARTERS,
  MEANINGFUL_CHANGE,
  overallScore,
  pickLatest,
  targetAttainment,
  validateBands,
  type Weighted,
  weightedMean,
} from './scoring';

/*
 * Example-based tests pin the rules of docs/scoring.md; property-based tests (fast-check) check the
 * promises the product makes about every score: bounded, monotone, missing never counts as zero,
 * and independent of the order measures are listed in.
 */

const CODES: readonly BandCode[] = ['attention', 'developing', 'strong'];

function bands(...edges: [number, number, BandCode][]): Band[] {
  return edges.map(([from, to, code]) => ({ from, to, code }));
}

function problemsOf(input: readonly Band[]): string[] {
  const result = validateBands(input);
  return result.ok ? [] : result.problems;
}

/** A plain mean computed independently of the implementation, for cross-checks. */
function plainMean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const score = fc.double({ min: 0, max: 100, noNaN: true });
const maybeScore = fc.option(score, { nil: null, freq: 3 });
const weight = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 10, noNaN: true }));
const measure: fc.Arbitrary<Weighted> = fc.record({ score: maybeScore, weight });
const measures = fc.array(measure, { maxLength: 12 });
const raw = fc.double({ min: -1000, max: 1000, noNaN: true });
const scoredDirection = fc.constantFrom<IndicatorDirection>('higher_better', 'lower_better');
const anyDirection = fc.constantFrom<IndicatorDirection>('higher_better', 'lower_better', 'context');

/** Pairs an array with a random permutation of itself. */
function withPermutation<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return arb.chain((items) =>
    fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })),
  );
}

/** A valid partition of 0–100: sorted distinct interior edges (whole or one-decimal numbers). */
const validBands: fc.Arbitrary<Band[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: 5 })
  .chain((tenths) => {
    const edges = [0, ...tenths.sort((a, b) => a - b).map((t) => t / 10), 100];
    return fc
      .array(fc.constantFrom(...CODES), { minLength: edges.length - 1, maxLength: edges.length - 1 })
      .map((codes) => codes.map((code, i) => ({ from: edges[i] as number, to: edges[i + 1] as number, code })));
  });

/** Three bands with distinct codes, as the product ships them, but with random edges. */
const threeBands: fc.Arbitrary<Band[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 2 })
  .map((pair) => {
    const [low, high] = pair.sort((a, b) => a - b) as [number, number];
    return bands([0, low, 'attention'], [low, high, 'developing'], [high, 100, 'strong']);
  });

// ---------------------------------------------------------------------------------------------
// Bands

describe('validateBands', () => {
  it('accepts the default bands and a single band covering 0–100', () => {
    expect(validateBands(DEFAULT_BANDS)).toEqual({ ok: true });
    expect(validateBands(bands([0, 100, 'strong']))).toEqual({ ok: true });
    expect(validateBands(bands([0, 40, 'attention'], [40, 60.5, 'developing'], [60.5, 100, 'strong']))).toEqual({
      ok: true,
    });
  });

  it('rejects an empty list', () => {
    expect(problemsOf([])).toEqual(['no bands']);
  });

  it('requires the bands to start at 0 and end at 100', () => {
    expect(problemsOf(bands([5, 50, 'attention'], [50, 100, 'strong']))).toEqual(['the first band must start at 0']);
    expect(problemsOf(bands([0, 50, 'attention'], [50, 99, 'strong']))).toEqual(['the last band must end at 100']);
    expect(problemsOf(bands([0, 50, 'attention'], [50, 110, 'strong']))).toEqual(['the last band must end at 100']);
  });

  it('names a gap and an overlap between neighbouring bands', () => {
    expect(problemsOf(bands([0, 50, 'attention'], [55, 75, 'developing'], [75, 100, 'strong']))).toEqual([
      'gap after band 1',
    ]);
    expect(problemsOf(bands([0, 50, 'attention'], [50, 75, 'developing'], [70, 100, 'strong']))).toEqual([
      'overlap after band 2',
    ]);
  });

  it('rejects empty and reversed bands', () => {
    expect(problemsOf(bands([0, 0, 'attention'], [0, 100, 'strong']))).toEqual(['band 1 is empty or reversed']);
    // Listed in descending order: every band is reversed and the ends are wrong.
    const reversed = problemsOf(bands([100, 75, 'strong'], [75, 50, 'developing'], [50, 0, 'attention']));
    expect(reversed).toContain('the first band must start at 0');
    expect(reversed).toContain('the last band must end at 100');
    expect(reversed).toContain('band 1 is empty or reversed');
    expect(reversed).toContain('band 3 is empty or reversed');
  });

  it('rejects bands with non-numbers in them', () => {
    expect(validateBands(bands([0, Number.NaN, 'attention'], [Number.NaN, 100, 'strong'])).ok).toBe(false);
  });

  it('accepts every random valid partition of 0–100', () => {
    fc.assert(fc.property(validBands, (input) => validateBands(input).ok));
  });

  it('rejects a partition with one interior edge moved (a gap or an overlap)', () => {
    const perturbed = validBands
      .filter((input) => input.length >= 2)
      .chain((input) =>
        fc.tuple(
          fc.constant(input),
          fc.integer({ min: 1, max: input.length - 1 }),
          fc.oneof(fc.double({ min: 0.001, max: 20, noNaN: true }), fc.double({ min: -20, max: -0.001, noNaN: true })),
        ),
      );
    fc.assert(
      fc.property(perturbed, ([input, i, delta]) => {
        const moved = input.map((band, j) => (j === i ? { ...band, from: band.from + delta } : band));
        const problems = problemsOf(moved);
        expect(problems).toContain(delta > 0 ? `gap after band ${i}` : `overlap after band ${i}`);
      }),
    );
  });

  it('rejects a partition whose outer edge is moved', () => {
    const moved = fc.tuple(validBands, fc.double({ min: 0.001, max: 20, noNaN: true }), fc.boolean());
    fc.assert(
      fc.property(moved, ([input, delta, atStart]) => {
        const copy = input.map((band) => ({ ...band }));
        const edge = atStart ? copy[0] : copy.at(-1);
        if (!edge) throw new Error('no bands generated');
        if (atStart) edge.from += delta;
        else edge.to -= delta;
        expect(validateBands(copy).ok).toBe(false);
      }),
    );
  });
});

describe('bandOf', () => {
  it('puts the edges 0, 50, 75 and 100 in the right default band (lower edge inclusive)', () => {
    expect(bandOf(0)).toBe('attention');
    expect(bandOf(49.99)).toBe('attention');
    expect(bandOf(50)).toBe('developing');
    expect(bandOf(74.99)).toBe('developing');
    expect(bandOf(75)).toBe('strong');
    expect(bandOf(99.99)).toBe('strong');
    expect(bandOf(100)).toBe('strong');
  });

  it('has no band for a missing score', () => {
    expect(bandOf(null)).toBeNull();
    expect(bandOf(Number.NaN)).toBeNull();
  });

  it('has no band below 0', () => {
    expect(bandOf(-1)).toBeNull();
  });

  it("follows a coalition's own bands", () => {
    const own = bands([0, 40, 'attention'], [40, 80, 'developing'], [80, 100, 'strong']);
    expect(bandOf(39.9, own)).toBe('attention');
    expect(bandOf(40, own)).toBe('developing');
    expect(bandOf(79.9, own)).toBe('developing');
    expect(bandOf(80, own)).toBe('strong');
    expect(bandOf(100, own)).toBe('strong');
  });

  it('places a score that is on an edge up to floating-point noise on that edge', () => {
    const componentOf = (...means: number[]) =>
      weightedMean(means.map((mean) => ({ score: dimensionScore(mean), weight: 1 }))).score;
    // On paper (57.5 + 77.5 + 90) / 3 = 75; computed 74.99999999999999.
    const strong = componentOf(3.3, 4.1, 4.6);
    expect(strong).toBeCloseTo(75, 9);
    expect(bandOf(strong)).toBe('strong');
    // On paper (22.5 + 77.5) / 2 = 50; computed 49.99999999999999.
    const developing = componentOf(1.9, 4.1);
    expect(developing).toBeCloseTo(50, 9);
    expect(bandOf(developing)).toBe('developing');
    // Real differences below an edge still count.
    expect(bandOf(74.999)).toBe('developing');
    expect(bandOf(49.9999)).toBe('attention');
  });

  it('returns a band for every score in 0–100 when the bands are valid', () => {
    fc.assert(
      fc.property(validBands, score, (input, s) => {
        expect(bandOf(s, input)).not.toBeNull();
      }),
    );
  });

  it('returns the band whose range holds the score', () => {
    fc.assert(
      fc.property(threeBands, score, (input, s) => {
        // Right at an edge the tolerance for floating-point noise decides; tested separately.
        fc.pre(input.every((band) => Math.abs(s - band.from) > 1e-6 && Math.abs(s - band.to) > 1e-6));
        const expected = input.find((band) => s >= band.from && s < band.to)?.code ?? 'strong';
        expect(bandOf(s, input)).toBe(expected);
      }),
    );
  });

  it('gives every lower edge to its own band and anything clearly below it to the band before', () => {
    fc.assert(
      fc.property(threeBands, (input) => {
        input.forEach((band, i) => {
          expect(bandOf(band.from, input)).toBe(band.code);
          expect(bandOf(band.from - 1e-12, input)).toBe(band.code);
          const before = input[i - 1];
          if (before) expect(bandOf(band.from - 0.01, input)).toBe(before.code);
        });
        expect(bandOf(100, input)).toBe('strong');
      }),
    );
  });

  it('is monotone: a higher score never lands in a lower band', () => {
    fc.assert(
      fc.property(threeBands, score, score, (input, a, b) => {
        const rank = (s: number) => CODES.indexOf(bandOf(s, input) as BandCode);
        expect(rank(Math.max(a, b))).toBeGreaterThanOrEqual(rank(Math.min(a, b)));
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Measures

describe('dimensionScore', () => {
  it('maps the agree scale onto 0–100', () => {
    expect(dimensionScore(1)).toBe(0);
    expect(dimensionScore(2)).toBe(25);
    expect(dimensionScore(3)).toBe(50);
    expect(dimensionScore(4)).toBe(75);
    expect(dimensionScore(5)).toBe(100);
    expect(dimensionScore(3.5)).toBe(62.5);
  });

  it('clamps means outside 1–5', () => {
    expect(dimensionScore(0.5)).toBe(0);
    expect(dimensionScore(6)).toBe(100);
  });

  it('agrees with the catalogue conversion used for COA-03', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (mean) => {
        expect(dimensionScore(mean)).toBeCloseTo(agreeMeanToScore(mean), 9);
      }),
    );
  });

  it('stays within 0–100 for any mean', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (mean) => {
        const s = dimensionScore(mean);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never falls when the mean rises', () => {
    const mean = fc.double({ min: 0, max: 6, noNaN: true });
    fc.assert(
      fc.property(mean, mean, (a, b) => {
        expect(dimensionScore(Math.max(a, b))).toBeGreaterThanOrEqual(dimensionScore(Math.min(a, b)));
      }),
    );
  });
});

describe('indicatorProgress', () => {
  it('measures progress from baseline to target when higher is better', () => {
    const base = { baseline: 28, target: 35, direction: 'higher_better' } as const;
    expect(indicatorProgress({ ...base, value: 28 })).toBe(0);
    expect(indicatorProgress({ ...base, value: 31.5 })).toBe(50);
    expect(indicatorProgress({ ...base, value: 35 })).toBe(100);
  });

  it('measures progress from baseline to target when lower is better', () => {
    // ZIN-01 late start of antenatal care: baseline 22 %, target 15 %.
    const base = { baseline: 22, target: 15, direction: 'lower_better' } as const;
    expect(indicatorProgress({ ...base, value: 22 })).toBe(0);
    expect(indicatorProgress({ ...base, value: 18.5 })).toBe(50);
    expect(indicatorProgress({ ...base, value: 18 })).toBeCloseTo(57.142857, 5);
    expect(indicatorProgress({ ...base, value: 15 })).toBe(100);
  });

  it('clamps values beyond the target and behind the baseline', () => {
    expect(indicatorProgress({ value: 40, baseline: 28, target: 35, direction: 'higher_better' })).toBe(100);
    expect(indicatorProgress({ value: 20, baseline: 28, target: 35, direction: 'higher_better' })).toBe(0);
    expect(indicatorProgress({ value: 12, baseline: 22, target: 15, direction: 'lower_better' })).toBe(100);
    expect(indicatorProgress({ value: 25, baseline: 22, target: 15, direction: 'lower_better' })).toBe(0);
  });

  it('scores all or nothing without a baseline, or when the baseline equals the target', () => {
    expect(indicatorProgress({ value: 95, baseline: null, target: 95, direction: 'higher_better' })).toBe(100);
    expect(indicatorProgress({ value: 94.9, baseline: null, target: 95, direction: 'higher_better' })).toBe(0);
    expect(indicatorProgress({ value: 15, baseline: null, target: 15, direction: 'lower_better' })).toBe(100);
    expect(indicatorProgress({ value: 15.1, baseline: null, target: 15, direction: 'lower_better' })).toBe(0);
    expect(indicatorProgress({ value: 50, baseline: 50, target: 50, direction: 'higher_better' })).toBe(100);
    expect(indicatorProgress({ value: 49, baseline: 50, target: 50, direction: 'higher_better' })).toBe(0);
  });

  it('judges a target behind the baseline by whether it is met', () => {
    // Higher is better, but the target (40) lies below the baseline (50).
    expect(indicatorProgress({ value: 45, baseline: 50, target: 40, direction: 'higher_better' })).toBe(100);
    expect(indicatorProgress({ value: 39, baseline: 50, target: 40, direction: 'higher_better' })).toBe(0);
    // Lower is better, but the target (20) lies above the baseline (10).
    expect(indicatorProgress({ value: 15, baseline: 10, target: 20, direction: 'lower_better' })).toBe(100);
    expect(indicatorProgress({ value: 21, baseline: 10, target: 20, direction: 'lower_better' })).toBe(0);
  });

  it('does not score context indicators or indicators without a target', () => {
    expect(indicatorProgress({ value: 12, baseline: 10, target: 15, direction: 'context' })).toBeNull();
    expect(indicatorProgress({ value: 12, baseline: null, target: null, direction: 'context' })).toBeNull();
    expect(indicatorProgress({ value: 12, baseline: 10, target: null, direction: 'higher_better' })).toBeNull();
    expect(indicatorProgress({ value: 12, baseline: 10, target: null, direction: 'lower_better' })).toBeNull();
  });

  const progressInput = fc.record({
    baseline: fc.option(raw, { nil: null }),
    target: fc.option(raw, { nil: null, freq: 8 }),
    direction: anyDirection,
  });

  it('is null exactly for context indicators and missing targets, and otherwise within 0–100', () => {
    fc.assert(
      fc.property(progressInput, raw, (input, value) => {
        const p = indicatorProgress({ ...input, value });
        if (input.direction === 'context' || input.target === null) {
          expect(p).toBeNull();
        } else {
          expect(p).not.toBeNull();
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never falls when the value gets better (higher or lower, depending on the direction)', () => {
    fc.assert(
      fc.property(progressInput, raw, raw, (input, a, b) => {
        const better = input.direction === 'lower_better' ? Math.min(a, b) : Math.max(a, b);
        const worse = better === a ? b : a;
        const pBetter = indicatorProgress({ ...input, value: better });
        const pWorse = indicatorProgress({ ...input, value: worse });
        if (pBetter === null || pWorse === null) {
          expect(pBetter).toBe(pWorse);
        } else {
          expect(pBetter).toBeGreaterThanOrEqual(pWorse);
        }
      }),
    );
  });

  it('scores 100 whenever the target is met', () => {
    fc.assert(
      fc.property(fc.option(raw, { nil: null }), raw, raw, scoredDirection, (baseline, target, value, direction) => {
        const meets = direction === 'higher_better' ? value >= target : value <= target;
        fc.pre(meets);
        expect(indicatorProgress({ value, baseline, target, direction })).toBe(100);
      }),
    );
  });

  it('treats "lower is better" as the mirror image of "higher is better"', () => {
    fc.assert(
      fc.property(fc.option(raw, { nil: null }), raw, raw, (baseline, target, value) => {
        const lower = indicatorProgress({ value, baseline, target, direction: 'lower_better' });
        const higher = indicatorProgress({
          value: -value,
          baseline: baseline === null ? null : -baseline,
          target: -target,
          direction: 'higher_better',
        });
        expect(lower).toBeCloseTo(higher as number, 9);
      }),
    );
  });
});

describe('targetAttainment', () => {
  it('is the value as a share of the target, clamped to 0–100', () => {
    expect(targetAttainment(3, 4)).toBe(75);
    expect(targetAttainment(70, 80)).toBe(87.5);
    expect(targetAttainment(0, 4)).toBe(0);
    expect(targetAttainment(4, 4)).toBe(100);
    expect(targetAttainment(6, 4)).toBe(100);
    expect(targetAttainment(-1, 4)).toBe(0);
  });

  it('has no score without a positive target', () => {
    expect(targetAttainment(3, null)).toBeNull();
    expect(targetAttainment(3, 0)).toBeNull();
    expect(targetAttainment(3, -2)).toBeNull();
  });

  const target = fc.double({ min: 0.01, max: 1000, noNaN: true });

  it('stays within 0–100 and never falls when the value rises', () => {
    fc.assert(
      fc.property(raw, raw, target, (a, b, t) => {
        const low = targetAttainment(Math.min(a, b), t) as number;
        const high = targetAttainment(Math.max(a, b), t) as number;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(100);
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });

  it('never rises when the target is raised', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), target, target, (v, a, b) => {
        expect(targetAttainment(v, Math.max(a, b))).toBeLessThanOrEqual(targetAttainment(v, Math.min(a, b)) as number);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Latest value

describe('pickLatest', () => {
  // Quarter indexes as in periods.ts: year * 4 + quarter - 1. 2026-Q2 = 8105.
  const q = (year: number, quarter: number) => year * 4 + quarter - 1;
  const item = (period: string, periodLastIndex: number) => ({ period, periodLastIndex });

  it('takes the latest value at or before the quarter, never a later one', () => {
    const items = [item('2025-Q4', q(2025, 4)), item('2026-Q1', q(2026, 1)), item('2026-Q3', q(2026, 3))];
    expect(pickLatest(items, q(2026, 2), 2)).toEqual({ kind: 'current', item: items[1] });
    expect(pickLatest(items, q(2026, 1), 2)).toEqual({ kind: 'current', item: items[1] });
    expect(pickLatest(items, q(2026, 3), 2)).toEqual({ kind: 'current', item: items[2] });
  });

  it('does not depend on the order of the values', () => {
    const items = [item('2026-Q1', q(2026, 1)), item('2025-Q3', q(2025, 3)), item('2025-Q4', q(2025, 4))];
    expect(pickLatest(items, q(2026, 2), 2)).toEqual({ kind: 'current', item: items[0] });
  });

  it('is missing when there is nothing at or before the quarter', () => {
    expect(pickLatest([], q(2026, 2), 2)).toEqual({ kind: 'missing' });
    expect(pickLatest([item('2026-Q3', q(2026, 3))], q(2026, 2), 2)).toEqual({ kind: 'missing' });
    // A yearly figure counts from the last quarter of its year on.
    expect(pickLatest([item('2026', q(2026, 4))], q(2026, 3), 6)).toEqual({ kind: 'missing' });
  });

  it('is current up to the maximum age and stale beyond it', () => {
    const quarterly = [item('2025-Q4', q(2025, 4))];
    expect(pickLatest(quarterly, q(2026, 2), MAX_AGE_QUARTERS.quarterly).kind).toBe('current');
    expect(pickLatest(quarterly, q(2026, 3), MAX_AGE_QUARTERS.quarterly)).toEqual({
      kind: 'stale',
      item: quarterly[0],
    });

    const halfYearly = [item('2025-H2', q(2025, 4))];
    expect(pickLatest(halfYearly, q(2026, 3), MAX_AGE_QUARTERS.half_yearly).kind).toBe('current');
    expect(pickLatest(halfYearly, q(2026, 4), MAX_AGE_QUARTERS.half_yearly).kind).toBe('stale');

    // A yearly 2024 figure (arriving late in 2025) is current until 2026-Q2.
    const yearly = [item('2024', q(2024, 4))];
    expect(pickLatest(yearly, q(2026, 2), MAX_AGE_QUARTERS.yearly).kind).toBe('current');
    expect(pickLatest(yearly, q(2026, 3), MAX_AGE_QUARTERS.yearly).kind).toBe('stale');
  });

  it('uses the maximum ages 2, 3 and 6 quarters', () => {
    expect(MAX_AGE_QUARTERS).toEqual({ quarterly: 2, half_yearly: 3, yearly: 6 });
  });

  it('picks the latest value in reach and calls it stale exactly when it is too old', () => {
    const items = fc.array(fc.record({ periodLastIndex: fc.integer({ min: 8000, max: 8040 }), id: fc.nat() }), {
      maxLength: 10,
    });
    fc.assert(
      fc.property(items, fc.integer({ min: 7995, max: 8045 }), fc.integer({ min: 0, max: 8 }), (all, at, maxAge) => {
        const inReach = all.filter((i: Dated) => i.periodLastIndex <= at);
        const pick = pickLatest(all, at, maxAge);
        if (inReach.length === 0) {
          expect(pick.kind).toBe('missing');
          return;
        }
        const latest = Math.max(...inReach.map((i) => i.periodLastIndex));
        if (pick.kind === 'missing') throw new Error('expected a value');
        expect(pick.item.periodLastIndex).toBe(latest);
        expect(all).toContain(pick.item);
        expect(pick.kind).toBe(at - latest > maxAge ? 'stale' : 'current');
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Aggregation

describe('weightedMean', () => {
  it('is the weighted mean of the measures with a score', () => {
    expect(
      weightedMean([
        { score: 60, weight: 1 },
        { score: 80, weight: 1 },
        { score: 100, weight: 2 },
      ]),
    ).toEqual({ score: 85, scored: 3, total: 3 });
  });

  it('leaves out missing measures instead of counting them as zero', () => {
    expect(
      weightedMean([
        { score: 80, weight: 1 },
        { score: null, weight: 1 },
        { score: 60, weight: 1 },
      ]),
    ).toEqual({ score: 70, scored: 2, total: 3 });
  });

  it('leaves out measures with weight 0', () => {
    expect(
      weightedMean([
        { score: 80, weight: 1 },
        { score: 0, weight: 0 },
      ]),
    ).toEqual({ score: 80, scored: 1, total: 2 });
  });

  it('has no score when no measure has one', () => {
    expect(weightedMean([])).toEqual({ score: null, scored: 0, total: 0 });
    expect(weightedMean([{ score: null, weight: 1 }])).toEqual({ score: null, scored: 0, total: 1 });
  });

  it('counts every measure in the total and only the scored ones in scored', () => {
    fc.assert(
      fc.property(measures, (ms) => {
        const result = weightedMean(ms);
        expect(result.total).toBe(ms.length);
        expect(result.scored).toBe(ms.filter((m) => m.score !== null).length);
        expect(result.score === null).toBe(result.scored === 0);
      }),
    );
  });

  it('stays within 0–100, and between the lowest and highest score it rests on', () => {
    // Scores at the ends of the scale with fractional weights are where rounding could overshoot.
    const edgy = fc.array(
      fc.record({ score: fc.option(fc.oneof(fc.constantFrom(0, 100), score), { nil: null, freq: 3 }), weight }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(edgy, (ms) => {
        const { score: s } = weightedMean(ms);
        if (s === null) return;
        const present = ms.flatMap((m) => (m.score === null ? [] : [m.score]));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(s).toBeGreaterThanOrEqual(Math.min(...present));
        expect(s).toBeLessThanOrEqual(Math.max(...present));
      }),
    );
  });

  it('is the common score when all measures score the same, and never above 100', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(0, 100), score),
        fc.array(weight, { minLength: 1, maxLength: 12 }),
        (s, ws) => {
          const result = weightedMean(ws.map((w) => ({ score: s, weight: w }))).score as number;
          expect(result).toBe(s);
        },
      ),
    );
  });

  it('never falls when one measure scores higher', () => {
    const input = fc
      .array(fc.record({ score, weight }), { minLength: 1, maxLength: 12 })
      .chain((ms) => fc.tuple(fc.constant(ms), fc.nat({ max: ms.length - 1 }), score));
    fc.assert(
      fc.property(input, fc.array(measure, { maxLength: 4 }), ([ms, i, other], extra) => {
        const original = ms[i]?.score as number;
        const lower = [...ms, ...extra];
        const raised = lower.map((m, j) => (j === i ? { ...m, score: Math.max(original, other) } : m));
        expect(weightedMean(raised).score).toBeGreaterThanOrEqual(weightedMean(lower).score as number);
      }),
    );
  });

  it('does not change when a measure without data is added', () => {
    fc.assert(
      fc.property(measures, weight, fc.nat(), (ms, w, at) => {
        const position = ms.length === 0 ? 0 : at % (ms.length + 1);
        const withMissing = [...ms.slice(0, position), { score: null, weight: w }, ...ms.slice(position)];
        const before = weightedMean(ms);
        const after = weightedMean(withMissing);
        expect(after.score).toBe(before.score);
        expect(after.scored).toBe(before.scored);
        expect(after.total).toBe(before.total + 1);
      }),
    );
  });

  it('equals the mean over the measures that are present', () => {
    fc.assert(
      fc.property(fc.array(maybeScore, { maxLength: 12 }), (scores) => {
        const present = scores.filter((s): s is number => s !== null);
        const result = weightedMean(scores.map((s) => ({ score: s, weight: 1 })));
        if (present.length === 0) expect(result.score).toBeNull();
        else expect(result.score).toBeCloseTo(plainMean(present), 9);
      }),
    );
  });

  it('does not change when every weight is multiplied by the same factor', () => {
    fc.assert(
      fc.property(measures, fc.double({ min: 0.1, max: 10, noNaN: true }), (ms, factor) => {
        const scaled = ms.map((m) => ({ ...m, weight: m.weight * factor }));
        const a = weightedMean(ms).score;
        const b = weightedMean(scaled).score;
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 9);
      }),
    );
  });

  it('does not depend on the order of the measures', () => {
    fc.assert(
      fc.property(withPermutation(measures), ([ms, shuffled]) => {
        const a = weightedMean(ms);
        const b = weightedMean(shuffled);
        expect(b.scored).toBe(a.scored);
        expect(b.total).toBe(a.total);
        if (a.score === null) expect(b.score).toBeNull();
        else expect(b.score).toBeCloseTo(a.score, 9);
      }),
    );
  });
});

describe('overallScore', () => {
  it('is the plain mean of the components with a score', () => {
    expect(overallScore([60, 80, 70, 90, 50])).toEqual({ score: 70, withData: 5 });
    expect(overallScore([60, null, 80, null, null])).toEqual({ score: 70, withData: 2 });
  });

  it('has no score when no component has one', () => {
    expect(overallScore([])).toEqual({ score: null, withData: 0 });
    expect(overallScore([null, null, null, null, null])).toEqual({ score: null, withData: 0 });
  });

  const components = fc.array(maybeScore, { maxLength: 5 });

  it('stays within 0–100 and equals the mean of the present components', () => {
    fc.assert(
      fc.property(components, (cs) => {
        const present = cs.filter((c): c is number => c !== null);
        const result = overallScore(cs);
        expect(result.withData).toBe(present.length);
        if (present.length === 0) {
          expect(result.score).toBeNull();
          return;
        }
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.score).toBeCloseTo(plainMean(present), 9);
      }),
    );
  });

  it('never falls when one component scores higher', () => {
    const input = fc
      .array(maybeScore, { minLength: 1, maxLength: 5 })
      .chain((cs) => fc.tuple(fc.constant(cs), fc.nat({ max: cs.length - 1 }), score));
    fc.assert(
      fc.property(input, ([cs, i, other]) => {
        const original = cs[i];
        fc.pre(original !== null && original !== undefined);
        const raised = cs.map((c, j) => (j === i ? Math.max(original as number, other) : c));
        expect(overallScore(raised).score).toBeGreaterThanOrEqual(overallScore(cs).score as number);
      }),
    );
  });

  it('does not change when a component without data is added', () => {
    fc.assert(
      fc.property(components, fc.nat(), (cs, at) => {
        const position = at % (cs.length + 1);
        const withMissing = [...cs.slice(0, position), null, ...cs.slice(position)];
        expect(overallScore(withMissing)).toEqual(overallScore(cs));
      }),
    );
  });

  it('does not depend on the order of the components', () => {
    fc.assert(
      fc.property(withPermutation(components), ([cs, shuffled]) => {
        const a = overallScore(cs);
        const b = overallScore(shuffled);
        expect(b.withData).toBe(a.withData);
        if (a.score === null) expect(b.score).toBeNull();
        else expect(b.score).toBeCloseTo(a.score, 9);
      }),
    );
  });

  it('with all weights 1, a component and the thermometer aggregate the same way', () => {
    fc.assert(
      fc.property(components, (cs) => {
        const viaWeights = weightedMean(cs.map((c) => ({ score: c, weight: 1 }))).score;
        const overall = overallScore(cs).score;
        if (overall === null) expect(viaWeights).toBeNull();
        else expect(viaWeights).toBeCloseTo(overall, 9);
      }),
    );
  });
});

describe('compareScores', () => {
  it('calls a difference of 5 points or more meaningful, in either direction', () => {
    expect(MEANINGFUL_CHANGE).toBe(5);
    expect(compareScores(75, 70)).toEqual({ change: 5, meaningful: true });
    expect(compareScores(70, 75)).toEqual({ change: -5, meaningful: true });
    expect(compareScores(74.9, 70)).toEqual({ change: expect.closeTo(4.9, 9), meaningful: false });
    expect(compareScores(70, 74.9).meaningful).toBe(false);
    expect(compareScores(62, 50)).toEqual({ change: 12, meaningful: true });
    expect(compareScores(60, 60)).toEqual({ change: 0, meaningful: false });
  });

  it('calls a difference of exactly 5 points meaningful despite floating-point noise', () => {
    // Dimension means 3.2 → 3.4 read as 55 → 60; computed, 60 − 55.00000000000001.
    expect(compareScores(dimensionScore(3.4), dimensionScore(3.2)).meaningful).toBe(true);
    expect(compareScores(64.1, 59.1).meaningful).toBe(true);
    expect(compareScores(59.1, 64.1).meaningful).toBe(true);
  });

  it('has no change when either score is missing', () => {
    expect(compareScores(null, 70)).toEqual({ change: null, meaningful: false });
    expect(compareScores(70, null)).toEqual({ change: null, meaningful: false });
    expect(compareScores(null, null)).toEqual({ change: null, meaningful: false });
  });

  it('is antisymmetric in its change and symmetric in its verdict', () => {
    fc.assert(
      fc.property(score, score, (a, b) => {
        const forward = compareScores(a, b);
        const backward = compareScores(b, a);
        expect(forward.change).toBe(a - b);
        expect(backward.change).toBe(b - a);
        expect(forward.meaningful).toBe(backward.meaningful);
        // Away from the threshold the verdict is unambiguous.
        const distance = Math.abs(a - b);
        if (distance >= MEANINGFUL_CHANGE + 1e-6) expect(forward.meaningful).toBe(true);
        if (distance <= MEANINGFUL_CHANGE - 1e-6) expect(forward.meaningful).toBe(false);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The worked example of docs/scoring.md, so the documented arithmetic cannot drift.

describe('docs/scoring.md worked example', () => {
  it('scores "samenwerken & leren" in 2026-Q2 and the thermometer', () => {
    const at = 2026 * 4 + 1; // 2026-Q2
    // Dimensions A, B, C from the closed 2026-Q1 round: 40, 40 and 38 answers (don't know excluded).
    const a = dimensionScore(152 / 40);
    const b = dimensionScore(168 / 40);
    const c = dimensionScore(133 / 38);
    expect([152 / 40, 168 / 40, 133 / 38]).toEqual([3.8, 4.2, 3.5]);
    expect([a, b, c]).toEqual([70, 80, 62.5]);

    // The coalition's own half-yearly indicator "joint training completed" (baseline 40 %, target
    // 80 %): the latest value is 2025-H1 = 61 %, four quarters old against a maximum of three.
    const training = pickLatest([{ period: '2025-H1', periodLastIndex: 2025 * 4 + 1, value: 61 }], at, 3);
    expect(MAX_AGE_QUARTERS.half_yearly).toBe(3);
    expect(training.kind).toBe('stale');
    // Had it been current: (61 − 40) / (80 − 40) × 100 = 52.5.
    expect(indicatorProgress({ value: 61, baseline: 40, target: 80, direction: 'higher_better' })).toBe(52.5);

    // Learning breadth: 7 of 10 active organisations = 70 % against a target of 80 %.
    const learning = targetAttainment((7 / 10) * 100, 80);
    expect(learning).toBe(87.5);

    const component = weightedMean([
      { score: a, weight: 1 },
      { score: b, weight: 1 },
      { score: c, weight: 1 },
      { score: null, weight: 1 },
      { score: learning, weight: 1 },
    ]);
    expect(component).toEqual({ score: 75, scored: 4, total: 5 });
    expect(bandOf(component.score)).toBe('strong');
    // Counting the stale indicator as zero would have given 60: exactly what the rules prevent.
    expect((a + b + c + 0 + (learning as number)) / 5).toBe(60);

    expect(compareScores(component.score, 68)).toEqual({ change: 7, meaningful: true });
    expect(compareScores(component.score, 72.5)).toEqual({ change: 2.5, meaningful: false });

    // Other examples in the document.
    expect(indicatorProgress({ value: 18, baseline: 22, target: 15, direction: 'lower_better' })).toBeCloseTo(57.1, 1);
    expect(targetAttainment(3, 4)).toBe(75);
    expect(targetAttainment((9 / 12) * 100, 60)).toBe(100);

    const overall = overallScore([68.4, 55, null, component.score, 81.2]);
    expect(overall.withData).toBe(4);
    expect(overall.score).toBeCloseTo(69.9, 9);
    expect(bandOf(overall.score)).toBe('developing');
  });
});
