import type { IndicatorReference, IndicatorValue } from '@tks/shared/schemas/indicators';
import { describe, expect, it } from 'vitest';
import { referenceAt, toIndicatorRows, valuesByPeriod } from './chartRows';

const Q = (year: number, quarter: number) => year * 4 + quarter - 1;

function value(
  period: string,
  first: number,
  last: number,
  v: number | null,
  extra: Partial<IndicatorValue> = {},
): IndicatorValue {
  return {
    id: first * 10 + (extra.current === false ? 1 : 0),
    period,
    periodFirstIndex: first,
    periodLastIndex: last,
    value: v,
    numerator: null,
    denominator: null,
    suppressed: v === null,
    interval: null,
    current: true,
    createdAt: '2025-01-01T00:00:00Z',
    supersededAt: null,
    batch: null,
    ...extra,
  };
}

function reference(kind: IndicatorReference['kind'], validFromIndex: number, v: number): IndicatorReference {
  const year = Math.floor(validFromIndex / 4);
  return {
    id: validFromIndex,
    kind,
    validFrom: `${year}-Q${validFromIndex - year * 4 + 1}`,
    validFromIndex,
    value: v,
    note: null,
    createdAt: '2025-01-01T00:00:00Z',
  };
}

describe('toIndicatorRows', () => {
  it('keeps a missing quarter as a gap and steps the target where a new one takes over', () => {
    const rows = toIndicatorRows({
      indicator: { frequency: 'quarterly' },
      values: [
        value('2025-Q1', Q(2025, 1), Q(2025, 1), 30, {
          interval: { low: 25, high: 36 },
        }),
        value('2025-Q1', Q(2025, 1), Q(2025, 1), 29, { current: false }),
        value('2025-Q4', Q(2025, 4), Q(2025, 4), 33),
      ],
      references: [
        reference('target', Q(2024, 1), 32),
        reference('target', Q(2025, 3), 35),
        reference('national', Q(2020, 1), 31),
      ],
    });
    expect(rows.map((r) => [r.period, r.value, r.target, r.reference])).toEqual([
      ['2025-Q1', 30, 32, 31],
      ['2025-Q2', null, 32, 31],
      ['2025-Q3', null, 35, 31],
      ['2025-Q4', 33, 35, 31],
    ]);
    expect(rows[0]?.interval).toEqual([5, 6]);
    expect(rows[0]?.baseline).toBeNull();
  });

  it('lays yearly values on a yearly grid, and withheld values leave a gap', () => {
    const rows = toIndicatorRows({
      indicator: { frequency: 'yearly' },
      values: [value('2022', Q(2022, 1), Q(2022, 4), 7.8), value('2024', Q(2024, 1), Q(2024, 4), null)],
      references: [],
    });
    expect(rows.map((r) => [r.period, r.value, r.suppressed])).toEqual([
      ['2022', 7.8, false],
      ['2023', null, false],
      ['2024', null, true],
    ]);
  });

  it('has no rows without values', () => {
    expect(toIndicatorRows({ indicator: { frequency: 'quarterly' }, values: [], references: [] })).toEqual([]);
  });
});

describe('referenceAt', () => {
  it('takes the latest entry valid at or before the quarter', () => {
    const entries = [reference('target', 10, 1), reference('target', 20, 2), reference('baseline', 5, 9)];
    expect(referenceAt(entries, 'target', 9)).toBeNull();
    expect(referenceAt(entries, 'target', 10)?.value).toBe(1);
    expect(referenceAt(entries, 'target', 25)?.value).toBe(2);
  });
});

describe('valuesByPeriod', () => {
  it('puts the newest period first and the current value before the ones it replaced', () => {
    const groups = valuesByPeriod([
      value('2025-Q1', 1, 1, 29, { current: false, createdAt: '2025-02-01' }),
      value('2025-Q1', 1, 1, 30),
      value('2025-Q2', 2, 2, 31),
    ]);
    expect(groups.map((g) => [g.period, g.current?.value, g.earlier.map((e) => e.value)])).toEqual([
      ['2025-Q2', 31, []],
      ['2025-Q1', 30, [29]],
    ]);
  });
});
