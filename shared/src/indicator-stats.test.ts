import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsPeople,
  isSmallCount,
  ratesDiffer,
  SUPPRESSION_THRESHOLD,
  suppressSmallCounts,
  valueInterval,
  wilsonInterval,
} from './indicator-stats';

const percent = { unit: 'percent', source: 'jgz' } as const;

describe('wilsonInterval', () => {
  it('matches published values', () => {
    // Wilson (1927) / Newcombe (1998) example: 81 of 263 → 0.2553 to 0.3662.
    const interval = wilsonInterval(81, 263);
    expect(interval?.low).toBeCloseTo(0.2553, 4);
    expect(interval?.high).toBeCloseTo(0.3662, 4);
    // 0 of 10 → 0 to 0.2775; 10 of 10 → 0.7225 to 1.
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.7225, 4), high: 1 });
  });

  it('is no interval for what is not a proportion', () => {
    expect(wilsonInterval(5, 0)).toBeNull();
    expect(wilsonInterval(11, 10)).toBeNull();
    expect(wilsonInterval(-1, 10)).toBeNull();
    expect(wilsonInterval(Number.NaN, 10)).toBeNull();
  });

  it('always holds the observed proportion and stays within 0–1', () => {
    const counts = fc
      .integer({ min: 1, max: 100_000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, ([k, n]) => {
        const interval = wilsonInterval(k, n);
        if (!interval) throw new Error('expected an interval');
        const p = k / n;
        expect(interval.low).toBeGreaterThanOrEqual(0);
        expect(interval.high).toBeLessThanOrEqual(1);
        expect(interval.low).toBeLessThanOrEqual(p + 1e-12);
        expect(interval.high).toBeGreaterThanOrEqual(p - 1e-12);
      }),
    );
  });

  it('narrows as the denominator grows at the same proportion', () => {
    const proportion = fc.tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 2, max: 50 }),
    );
    fc.assert(
      fc.property(proportion, ([k, extra, times]) => {
        const n = k + extra;
        const small = wilsonInterval(k, n);
        const large = wilsonInterval(k * times, n * times);
        if (!small || !large) throw new Error('expected intervals');
        expect(large.high - large.low).toBeLessThan(small.high - small.low);
      }),
    );
  });
});

describe('valueInterval', () => {
  it('is in the indicator’s own unit', () => {
    const interval = valueInterval(81, 263, 100);
    expect(interval?.low).toBeCloseTo(25.53, 2);
    expect(interval?.high).toBeCloseTo(36.62, 2);
    expect(valueInterval(8, 1000, 1000)?.low).toBeCloseTo(4.06, 2);
  });

  it('needs both counts', () => {
    expect(valueInterval(null, 100, 100)).toBeNull();
    expect(valueInterval(10, null, 100)).toBeNull();
  });
});

describe('suppressSmallCounts', () => {
  it('treats 1 to 9 as small and 0 and 10 as not', () => {
    expect(SUPPRESSION_THRESHOLD).toBe(10);
    expect([0, 1, 9, 10, null].map(isSmallCount)).toEqual([false, true, true, false, false]);
  });

  it('withholds the value and the numerator when the numerator is small, and keeps the denominator', () => {
    expect(
      suppressSmallCounts({ value: 0.8, numerator: 8, denominator: 1000 }, { unit: 'per_1000', source: 'zin' }),
    ).toEqual({
      value: null,
      numerator: null,
      denominator: 1000,
      suppressed: true,
    });
  });

  it('withholds all three when the denominator is small', () => {
    expect(suppressSmallCounts({ value: 50, numerator: 3, denominator: 6 }, percent)).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      suppressed: true,
    });
  });

  it('shows zero and larger counts unchanged', () => {
    const raw = { value: 0, numerator: 0, denominator: 250 };
    expect(suppressSmallCounts(raw, percent)).toEqual({ ...raw, suppressed: false });
    expect(suppressSmallCounts({ value: 31.5, numerator: 63, denominator: 200 }, percent).suppressed).toBe(false);
    expect(suppressSmallCounts({ value: 7.8, numerator: null, denominator: null }, percent).suppressed).toBe(false);
  });

  it('withholds a small count of people, but not a count of the coalition’s own activities', () => {
    expect(countsPeople('count', 'jgz')).toBe(true);
    expect(countsPeople('count', 'coalition')).toBe(false);
    expect(countsPeople('percent', 'jgz')).toBe(false);
    expect(
      suppressSmallCounts({ value: 6, numerator: null, denominator: null }, { unit: 'count', source: 'jgz' }).value,
    ).toBeNull();
    expect(
      suppressSmallCounts({ value: 3, numerator: null, denominator: null }, { unit: 'count', source: 'coalition' })
        .value,
    ).toBe(3);
  });

  it('never lets a small count through, whatever the input', () => {
    const count = fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null });
    fc.assert(
      fc.property(count, count, fc.double({ min: 0, max: 1000, noNaN: true }), (numerator, denominator, value) => {
        const shown = suppressSmallCounts({ value, numerator, denominator }, percent);
        expect(isSmallCount(shown.numerator)).toBe(false);
        expect(isSmallCount(shown.denominator)).toBe(false);
        if (shown.suppressed) expect(shown.value).toBeNull();
        else expect(shown.value).toBe(value);
      }),
    );
  });
});

describe('ratesDiffer', () => {
  it('calls a difference of rates a change only beyond sampling noise', () => {
    expect(ratesDiffer('percent', { value: 97.59, n: 249 }, { value: 98.83, n: 256 })).toBe(false);
    expect(ratesDiffer('percent', { value: 30, n: 200 }, { value: 45, n: 200 })).toBe(true);
    // The same difference on larger denominators is no longer chance.
    expect(ratesDiffer('percent', { value: 97.59, n: 20_000 }, { value: 98.83, n: 20_000 })).toBe(true);
    expect(ratesDiffer('per_1000', { value: 4, n: 1000 }, { value: 40, n: 1000 })).toBe(true);
  });

  it('cannot tell without denominators, for units that are not shares, or above the scale', () => {
    expect(ratesDiffer('percent', { value: 30, n: null }, { value: 45, n: 200 })).toBeNull();
    expect(ratesDiffer('count', { value: 30, n: 200 }, { value: 45, n: 200 })).toBeNull();
    expect(ratesDiffer('per_100', { value: 130, n: 200 }, { value: 45, n: 200 })).toBeNull();
  });

  it('is symmetric and never calls equal rates different', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (v1, v2, n1, n2) => {
          const a = { value: v1, n: n1 };
          const b = { value: v2, n: n2 };
          expect(ratesDiffer('percent', a, b)).toBe(ratesDiffer('percent', b, a));
          expect(ratesDiffer('percent', a, { value: v1, n: n2 })).toBe(false);
        },
      ),
    );
  });
});
