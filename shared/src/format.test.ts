import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatQuarter,
  formatSignedNumber,
  formatTime,
  MISSING,
} from './format';

describe('Dutch-first formatting', () => {
  it('formats numbers with a decimal comma and thousands dots', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.456, 'nl', { decimals: 2 })).toBe('0,46');
    expect(formatNumber(1_000_000)).toBe('1.000.000');
  });

  it('formats percentages from percentage points', () => {
    expect(formatPercent(31.5)).toBe('31,5%');
    expect(formatPercent(92.5, 'en')).toBe('92.5%');
    expect(formatPercent(100, 'nl', { decimals: 1 })).toBe('100,0%');
  });

  it('shows missing values as missing, never as zero', () => {
    for (const missing of [null, undefined, Number.NaN]) {
      expect(formatNumber(missing)).toBe(MISSING);
      expect(formatPercent(missing)).toBe(MISSING);
      expect(formatSignedNumber(missing)).toBe(MISSING);
    }
    expect(formatNumber(0)).toBe('0');
    expect(formatDate(null)).toBe(MISSING);
  });

  it('signs changes', () => {
    expect(formatSignedNumber(2.5)).toBe('+2,5');
    expect(formatSignedNumber(-1)).toBe('-1');
    expect(formatSignedNumber(0)).toBe('0');
  });

  it('formats dates as 22-11-2026', () => {
    expect(formatDate('2026-11-22')).toBe('22-11-2026');
    expect(formatDate(new Date(2026, 0, 5))).toBe('05-01-2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22/11/2026');
    expect(formatDate('not a date')).toBe(MISSING);
  });

  it('formats a moment as date and time, 22-11-2026 14:05, and the time on its own', () => {
    const moment = new Date(2026, 10, 22, 14, 5);
    expect(formatDateTime(moment)).toBe('22-11-2026 14:05');
    expect(formatTime(moment)).toBe('14:05');
    expect(formatTime(moment, 'en')).toBe('14:05');
    expect(formatDateTime('not a date')).toBe(MISSING);
    expect(formatTime(null)).toBe(MISSING);
  });

  it('names quarters and other periods the Dutch way', () => {
    expect(formatQuarter({ year: 2025, quarter: 3 })).toBe('K3 2025');
    expect(formatQuarter({ year: 2025, quarter: 3 }, 'en')).toBe('Q3 2025');
    expect(formatPeriod({ granularity: 'half_year', year: 2025, half: 1 })).toBe('1e halfjaar 2025');
    expect(formatPeriod({ granularity: 'month', year: 2025, month: 7 })).toBe('juli 2025');
    expect(formatPeriod({ granularity: 'year', year: 2025 })).toBe('2025');
  });
});
