import { describe, expect, it } from 'vitest';
import { type AnnotatedChart, annotationConcerns } from './annotations';

const overall: AnnotatedChart = { kind: 'overall' };
const reflecteren: AnnotatedChart = { kind: 'component', component: 'reflecteren' };
const metenWeten: AnnotatedChart = { kind: 'component', component: 'meten_weten' };
const indicator7: AnnotatedChart = { kind: 'measure', component: 'meten_weten', indicatorId: 7 };
const indicator8: AnnotatedChart = { kind: 'measure', component: 'meten_weten', indicatorId: 8 };
const dimensionG: AnnotatedChart = { kind: 'measure', component: 'meten_weten', indicatorId: null };

describe('annotationConcerns', () => {
  it('shows a note on the whole thermometer on every chart', () => {
    const note = { component: null, indicatorId: null };
    for (const chart of [overall, reflecteren, metenWeten, indicator7, dimensionG]) {
      expect(annotationConcerns(note, chart)).toBe(true);
    }
  });

  it('shows a component note on the overview, its component and its measures only', () => {
    const note = { component: 'meten_weten' as const, indicatorId: null };
    expect([overall, metenWeten, indicator7, dimensionG, reflecteren].map((c) => annotationConcerns(note, c))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('shows an indicator note on that indicator only', () => {
    const note = { component: null, indicatorId: 7 };
    expect([overall, metenWeten, indicator7, indicator8, dimensionG].map((c) => annotationConcerns(note, c))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});
