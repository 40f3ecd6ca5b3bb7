import { describe, expect, it } from 'vitest';
import { markersByQuarter, presentSeries, toMeasureRows, valueDomain } from './measureRows';

const point = (
  quarter: string,
  value: number | null,
  target: number | null = null,
  reference: number | null = null,
) => ({
  quarter,
  status: value === null ? ('missing' as const) : ('scored' as const),
  value,
  score: null,
  period: value === null ? null : quarter,
  target,
  baseline: null,
  reference,
});

describe('toMeasureRows', () => {
  it('keeps a gap null and a zero zero, and carries the target valid in each quarter', () => {
    const rows = toMeasureRows({
      points: [point('2025-Q1', 0, 40), point('2025-Q2', null, 40), point('2025-Q3', 12, 50)],
    });
    expect(rows.map((r) => r.value)).toEqual([0, null, 12]);
    expect(rows.map((r) => r.target)).toEqual([40, 40, 50]);
    expect(presentSeries(rows)).toEqual(['target']);
  });
});

describe('valueDomain', () => {
  it('uses the natural scale of the unit where there is one', () => {
    expect(valueDomain([], 'agree_1_5')).toEqual([1, 5]);
    expect(valueDomain(toMeasureRows({ points: [point('2025-Q1', 31, 40)] }), 'percent')).toEqual([0, 100]);
  });

  it('keeps a target above every value on the chart', () => {
    const [, top] = valueDomain(toMeasureRows({ points: [point('2025-Q1', 2, 4), point('2025-Q2', 3, 4)] }), 'count');
    expect(top).toBeGreaterThanOrEqual(4);
  });
});

describe('markersByQuarter', () => {
  it('puts notes of the same quarter on one marker', () => {
    expect(
      markersByQuarter([
        { quarter: '2025-Q2', number: 1 },
        { quarter: '2025-Q2', number: 2 },
        { quarter: '2025-Q4', number: 3 },
      ]),
    ).toEqual([
      { quarter: '2025-Q2', numbers: [1, 2] },
      { quarter: '2025-Q4', numbers: [3] },
    ]);
  });
});
