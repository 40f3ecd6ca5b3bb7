import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, formatQuarter } from './format';
import {
  addQuarters,
  type Period,
  parsePeriod,
  parseQuarter,
  parseQuarterKey,
  periodKey,
  periodQuarterSpan,
  quarterFromIndex,
  quarterIndex,
  quarterKey,
  quarterOfDate,
  quarterRange,
  sameQuarterLastYear,
  zQuarterKey,
} from './periods';

function keyOf(input: string): string {
  const result = parsePeriod(input);
  if (!result.ok) throw new Error(`${input} did not parse: ${result.code}`);
  return periodKey(result.period);
}

describe('parsePeriod', () => {
  it.each([
    ['2025-Q3', '2025-Q3'],
    ['2025Q3', '2025-Q3'],
    ['2025 q3', '2025-Q3'],
    ['Q3 2025', '2025-Q3'],
    ['Q3-2025', '2025-Q3'],
    ['K3 2025', '2025-Q3'],
    ['k3-2025', '2025-Q3'],
    ['2025-K3', '2025-Q3'],
    ['3e kwartaal 2025', '2025-Q3'],
    ['kwartaal 3 2025', '2025-Q3'],
    ['2025-H1', '2025-H1'],
    ['H2 2025', '2025-H2'],
    ['HJ1 2025', '2025-H1'],
    ['1e halfjaar 2025', '2025-H1'],
    ['2025-07', '2025-07'],
    ['2025/7', '2025-07'],
    ['07-2025', '2025-07'],
    ['202507', '2025-07'],
    ['juli 2025', '2025-07'],
    ['Jul. 2025', '2025-07'],
    ['maart 2024', '2024-03'],
    ['2025', '2025'],
    ['  2025  ', '2025'],
  ])('reads %j as %s', (input, expected) => {
    expect(keyOf(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2025-Q5', 'quarter_out_of_range'],
    ['K0 2025', 'quarter_out_of_range'],
    ['2025-13', 'month_out_of_range'],
    ['2025-00', 'month_out_of_range'],
    ['2025-H3', 'half_out_of_range'],
    ['1850', 'year_out_of_range'],
    ['Q1 2150', 'year_out_of_range'],
    ['gisteren', 'unrecognised'],
    ['2025-07-15', 'unrecognised'],
    ['12,5', 'unrecognised'],
  ])('rejects %j as %s', (input, code) => {
    expect(parsePeriod(input)).toEqual({ ok: false, code });
  });
});

const arbitraryPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.record({
    granularity: fc.constant('month' as const),
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    granularity: fc.constant('quarter' as const),
    year: fc.integer({ min: 1990, max: 2100 }),
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({
    granularity: fc.constant('half_year' as const),
    year: fc.integer({ min: 1990, max: 2100 }),
    half: fc.constantFrom(1 as const, 2 as const),
  }),
  fc.record({ granularity: fc.constant('year' as const), year: fc.integer({ min: 1990, max: 2100 }) }),
);

describe('period round trips', () => {
  it('reads back every canonical key as the same period', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        expect(parsePeriod(periodKey(period))).toEqual({ ok: true, period });
      }),
    );
  });

  it('reads back what it shows to people, in both languages', () => {
    fc.assert(
      fc.property(arbitraryPeriod, fc.constantFrom('nl' as const, 'en' as const), (period, locale) => {
        expect(parsePeriod(formatPeriod(period, locale))).toEqual({ ok: true, period });
      }),
    );
  });

  it('covers a period with the quarters it spans, in order', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        const { first, last } = periodQuarterSpan(period);
        expect(last).toBeGreaterThanOrEqual(first);
        expect(quarterFromIndex(first).year).toBe(period.year);
        expect(quarterFromIndex(last).year).toBe(period.year);
      }),
    );
  });
});

describe('quarter arithmetic', () => {
  it('moves across year boundaries', () => {
    expect(quarterKey(addQuarters({ year: 2025, quarter: 4 }, 1))).toBe('2026-Q1');
    expect(quarterKey(addQuarters({ year: 2025, quarter: 1 }, -1))).toBe('2024-Q4');
    expect(quarterKey(sameQuarterLastYear({ year: 2025, quarter: 3 }))).toBe('2024-Q3');
  });

  it('keeps index and quarter as inverses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990 * 4, max: 2100 * 4 + 3 }), (index) => {
        expect(quarterIndex(quarterFromIndex(index))).toBe(index);
      }),
    );
  });

  it('lists a range inclusively and is empty when reversed', () => {
    expect(quarterRange({ year: 2024, quarter: 3 }, { year: 2025, quarter: 2 }).map(quarterKey)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
    ]);
    expect(quarterRange({ year: 2025, quarter: 2 }, { year: 2024, quarter: 3 })).toEqual([]);
  });

  it('spans a half year and a year in quarters', () => {
    expect(periodQuarterSpan({ granularity: 'half_year', year: 2025, half: 2 })).toEqual({
      first: quarterIndex({ year: 2025, quarter: 3 }),
      last: quarterIndex({ year: 2025, quarter: 4 }),
    });
    expect(periodQuarterSpan({ granularity: 'month', year: 2025, month: 7 }).first).toBe(
      quarterIndex({ year: 2025, quarter: 3 }),
    );
  });

  it('finds the quarter of a date', () => {
    expect(quarterKey(quarterOfDate(new Date(2026, 10, 22)))).toBe('2026-Q4');
  });

  it('reads quarters from months, not from years', () => {
    expect(parseQuarter('2025-08')).toEqual({ ok: true, quarter: { year: 2025, quarter: 3 } });
    expect(parseQuarter('K2 2025')).toEqual({ ok: true, quarter: { year: 2025, quarter: 2 } });
    expect(parseQuarter('2025').ok).toBe(false);
    expect(formatQuarter(parseQuarterKey('2025-Q3'))).toBe('K3 2025');
  });

  it('validates quarter keys', () => {
    expect(zQuarterKey.safeParse('2025-Q3').success).toBe(true);
    expect(zQuarterKey.safeParse('2025-Q5').success).toBe(false);
    expect(zQuarterKey.safeParse('K3 2025').success).toBe(false);
  });
});
