import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../i18n/translate';
import { formatIndicatorValue } from './formatIndicatorValue';

const nl = createTranslate('nl');
const en = createTranslate('en');

describe('formatIndicatorValue', () => {
  it('writes each unit the Dutch way', () => {
    expect(formatIndicatorValue(31.5, 'percent', 'nl', nl)).toBe('31,5%');
    expect(formatIndicatorValue(87.25, 'per_100', 'nl', nl)).toBe('87,3 per 100');
    expect(formatIndicatorValue(7.8, 'per_1000', 'nl', nl)).toBe('7,8‰');
    expect(formatIndicatorValue(1234, 'count', 'nl', nl)).toBe('1.234');
    expect(formatIndicatorValue(8, 'score_1_10', 'nl', nl)).toBe('8,0 van 10');
    expect(formatIndicatorValue(72, 'score_0_100', 'nl', nl)).toBe('72 van 100');
    expect(formatIndicatorValue(1, 'yes_no', 'nl', nl)).toBe('ja');
    expect(formatIndicatorValue(0, 'yes_no', 'nl', nl)).toBe('nee');
  });

  it('writes each unit the English way', () => {
    expect(formatIndicatorValue(31.5, 'percent', 'en', en)).toBe('31.5%');
    expect(formatIndicatorValue(1234, 'count', 'en', en)).toBe('1,234');
    expect(formatIndicatorValue(8, 'score_1_10', 'en', en)).toBe('8.0 out of 10');
    expect(formatIndicatorValue(0, 'yes_no', 'en', en)).toBe('no');
  });

  it('keeps a real zero a zero', () => {
    expect(formatIndicatorValue(0, 'percent', 'nl', nl)).toBe('0%');
    expect(formatIndicatorValue(0, 'count', 'nl', nl)).toBe('0');
  });
});
