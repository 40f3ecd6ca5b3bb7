import type { ComponentScore, Measure, Thermometer } from '@tks/shared/schemas/thermometer';
import { describe, expect, it } from 'vitest';
import { mainChanges } from './changes';

const comparison = { quarter: '2026-Q2', score: null, change: null, meaningful: false };

function measure(key: string, score: number | null): Measure {
  return {
    key,
    kind: 'indicator',
    code: key.split(':')[1] ?? key,
    nameNl: key,
    nameEn: key,
    status: score === null ? 'missing' : 'scored',
    score,
    weight: 1,
    period: null,
    value: null,
    unit: 'percent',
    direction: 'higher_better',
    target: null,
    baseline: null,
    reference: null,
    n: null,
    indicatorId: null,
  };
}

function thermometer(
  quarter: string,
  overall: number | null,
  components: Array<[ComponentScore['code'], number | null, Measure[]]>,
): Thermometer {
  return {
    coalition: { slug: 't', name: 'T' },
    quarter,
    availableQuarters: [],
    bands: [],
    overall: {
      score: overall,
      band: null,
      componentsWithData: 0,
      componentsTotal: 5,
      previousQuarter: comparison,
      sameQuarterLastYear: comparison,
    },
    components: components.map(([code, score, measures]) => ({
      code,
      score,
      band: null,
      coverage: { scored: 0, total: 0 },
      previousQuarter: comparison,
      sameQuarterLastYear: comparison,
      sparkline: [],
      measures,
    })),
    generatedAt: '',
  };
}

describe('mainChanges', () => {
  const now = thermometer('2026-Q3', 60, [
    ['meten_weten', 60, [measure('indicator:A', 80), measure('indicator:B', 40), measure('indicator:C', 70)]],
    ['reflecteren', 30, [measure('indicator:D', 30)]],
  ]);
  const previous = thermometer('2026-Q2', 57, [
    ['meten_weten', 58, [measure('indicator:A', 60), measure('indicator:B', 44), measure('indicator:C', null)]],
    ['reflecteren', 42, [measure('indicator:D', 42)]],
  ]);
  const lastYear = thermometer('2025-Q3', null, [['meten_weten', null, []]]);

  it('names only changes of at least five points, largest first, against the quarter it compares with', () => {
    const changes = mainChanges(now, { previous_quarter: previous, last_year: lastYear });
    expect(changes.map((c) => [c.kind, c.component, c.code, c.change, c.quarter])).toEqual([
      ['measure', 'meten_weten', 'A', 20, '2026-Q2'],
      ['component', 'reflecteren', null, -12, '2026-Q2'],
    ]);
  });

  it('leaves out what is noise, what only now has data, and a measure that is its component', () => {
    const changes = mainChanges(now, { previous_quarter: previous, last_year: lastYear });
    // Overall +3 and B −4 are noise; C had no score before; D moved exactly like Reflecteren.
    expect(changes.some((c) => c.kind === 'overall' || c.code === 'B' || c.code === 'C' || c.code === 'D')).toBe(false);
  });

  it('names each subject once, with its largest change', () => {
    const yearAgo = thermometer('2025-Q3', null, [
      ['meten_weten', null, [measure('indicator:A', 50), measure('indicator:B', 40), measure('indicator:C', 70)]],
    ]);
    const changes = mainChanges(now, { previous_quarter: previous, last_year: yearAgo });
    expect(changes.filter((c) => c.code === 'A').map((c) => [c.comparedWith, c.change])).toEqual([['last_year', 30]]);
  });

  it('leaves out an indicator rate whose difference sampling noise explains, however far its score moved', () => {
    const rate = (score: number, value: number, n: number): Measure => ({ ...measure('indicator:R', score), value, n });
    const withRate = (score: number, value: number, n: number, quarter: string) =>
      thermometer(quarter, null, [['meten_weten', null, [rate(score, value, n), measure('indicator:X', 50)]]]);
    const empty = thermometer('2025-Q3', null, []);
    // 97,6% of 249 against 98,8% of 256: 62 score points between a baseline of 97 and a target of 99.
    const noise = mainChanges(withRate(91.4, 98.83, 256, '2026-Q3'), {
      previous_quarter: withRate(29.5, 97.59, 249, '2026-Q2'),
      last_year: empty,
    });
    expect(noise.some((c) => c.code === 'R')).toBe(false);
    // 45% against 30% of 200 each is beyond noise.
    const real = mainChanges(withRate(75, 45, 200, '2026-Q3'), {
      previous_quarter: withRate(25, 30, 200, '2026-Q2'),
      last_year: empty,
    });
    expect(real.map((c) => [c.code, c.change])).toContainEqual(['R', 50]);
  });

  it('keeps to the limit', () => {
    expect(mainChanges(now, { previous_quarter: previous, last_year: lastYear }, 1)).toHaveLength(1);
  });
});
