import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../i18n/translate';
import { bandRangeText, comparisonText, formatMeasureValue, measureStatusText } from './text';

const nl = createTranslate('nl');
const en = createTranslate('en');

describe('comparisonText', () => {
  it('names the quarter it compares with and signs a meaningful change', () => {
    expect(comparisonText({ quarter: '2026-Q2', score: 60, change: 6, meaningful: true }, nl, 'nl')).toBe(
      '+6 t.o.v. K2 2026',
    );
    expect(comparisonText({ quarter: '2025-Q3', score: 60, change: -2.5, meaningful: true }, en, 'en')).toBe(
      '-2.5 compared with Q3 2025',
    );
  });

  it('calls a difference within the noise no change, without its number', () => {
    const text = comparisonText({ quarter: '2026-Q2', score: 66, change: 1.5, meaningful: false }, nl, 'nl');
    expect(text).toBe('gelijk gebleven t.o.v. K2 2026');
    expect(comparisonText({ quarter: '2026-Q2', score: 66, change: 1.5, meaningful: false }, en, 'en')).toBe(
      'no real change compared with Q2 2026',
    );
  });

  it('says there is nothing to compare with when either score is missing', () => {
    expect(comparisonText({ quarter: '2025-Q3', score: null, change: null, meaningful: false }, nl, 'nl')).toBe(
      'geen vergelijking met K3 2025',
    );
  });
});

describe('measureStatusText', () => {
  it('says where stale data comes from, in the period’s own granularity', () => {
    expect(measureStatusText({ status: 'stale', period: '2024' }, nl, 'nl')).toBe('verouderd: gegevens uit 2024');
    expect(measureStatusText({ status: 'stale', period: '2025-H2' }, nl, 'nl')).toBe(
      'verouderd: gegevens uit 2e halfjaar 2025',
    );
    expect(measureStatusText({ status: 'stale', period: '2025-H2' }, en, 'en')).toBe('out of date: data from H2 2025');
  });

  it('explains each reason a measure does not count', () => {
    expect(measureStatusText({ status: 'suppressed', period: '2026-Q3' }, nl, 'nl')).toBe('te weinig respondenten');
    expect(measureStatusText({ status: 'context', period: '2025' }, nl, 'nl')).toBe('context, telt niet mee');
    expect(measureStatusText({ status: 'no_target', period: '2025' }, nl, 'nl')).toBe('geen streefwaarde');
    expect(measureStatusText({ status: 'missing', period: null }, nl, 'nl')).toBe('nog geen gegevens');
  });
});

describe('formatMeasureValue and bandRangeText', () => {
  it('shows a questionnaire mean on its 1–5 scale and indicators in their unit', () => {
    expect(formatMeasureValue(3.75, 'agree_1_5', 'nl', nl)).toBe('3,8 van 5');
    expect(formatMeasureValue(31.5, 'percent', 'nl', nl)).toBe('31,5%');
    expect(formatMeasureValue(8.1, 'per_1000', 'en', en)).toBe('8.1‰');
  });

  it('includes 100 in the top band only', () => {
    expect(bandRangeText({ from: 50, to: 75, code: 'developing' }, nl, 'nl', 'long')).toBe('50 tot 75');
    expect(bandRangeText({ from: 75, to: 100, code: 'strong' }, nl, 'nl', 'long')).toBe('75 tot en met 100');
    expect(bandRangeText({ from: 75, to: 100, code: 'strong' }, nl, 'nl')).toBe('75–100');
  });
});
