import { describe, expect, it } from 'vitest';
import { numberAnnotations, toChartRows } from './chartRows';

const trends = {
  quarters: ['2025-Q1', '2025-Q2'],
  bands: [],
  overall: [
    { quarter: '2025-Q1', score: 40 },
    { quarter: '2025-Q2', score: null },
  ],
  components: [
    {
      code: 'reflecteren' as const,
      points: [
        { quarter: '2025-Q1', score: 0 },
        { quarter: '2025-Q2', score: null },
      ],
    },
  ],
  measures: [],
  annotations: [],
};

describe('toChartRows', () => {
  it('keeps a missing score null and a real zero zero', () => {
    const rows = toChartRows(trends);
    expect(rows[0]).toMatchObject({ quarter: '2025-Q1', overall: 40, reflecteren: 0, meten_weten: null });
    expect(rows[1]).toMatchObject({ quarter: '2025-Q2', overall: null, reflecteren: null });
  });
});

describe('numberAnnotations', () => {
  it('numbers annotations in timeline order', () => {
    const numbered = numberAnnotations([
      { id: 2, quarter: '2025-Q3', text: 'later', component: null, indicatorId: null, indicatorCode: null },
      { id: 1, quarter: '2025-Q1', text: 'eerder', component: null, indicatorId: null, indicatorCode: null },
    ]);
    expect(numbered.map((a) => `${a.number}:${a.text}`)).toEqual(['1:eerder', '2:later']);
  });
});
