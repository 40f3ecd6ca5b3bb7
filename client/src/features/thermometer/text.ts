import { formatNumber, formatSignedNumber } from '@tks/shared/format';
import type { Locale } from '@tks/shared/locale';
import type { Band, BandCode, Comparison, Measure } from '@tks/shared/schemas/thermometer';
import type { Translate } from '../../i18n/translate';
import { formatPeriodKey, formatQuarterKey } from '../../lib/periods';
import { formatIndicatorValue } from '../indicators/formatIndicatorValue';
import { SCORE_MAX } from './geometry';

/** A 0–100 score in the user's notation: 68.5 → "68,5". */
export function formatScore(score: number, locale: Locale): string {
  return formatNumber(score, locale);
}

/** Which way a comparison points, for the arrow beside it; the words alone already say it. */
export type ComparisonTrend = 'up' | 'down' | 'same' | 'none';

export function comparisonTrend(comparison: Comparison): ComparisonTrend {
  if (comparison.change === null) return 'none';
  if (!comparison.meaningful || comparison.change === 0) return 'same';
  return comparison.change > 0 ? 'up' : 'down';
}

/**
 * Every comparison says what it compares with, and a difference within the noise is called no
 * change at all: "+6 t.o.v. K2 2026", "gelijk gebleven t.o.v. K2 2026", "geen vergelijking met K2 2026".
 */
export function comparisonText(comparison: Comparison, t: Translate, locale: Locale): string {
  const quarter = formatQuarterKey(comparison.quarter, locale);
  switch (comparisonTrend(comparison)) {
    case 'none':
      return t('comparison.none', { quarter });
    case 'same':
      return t('comparison.same', { quarter });
    case 'up':
    case 'down':
      return t('comparison.change', { change: formatSignedNumber(comparison.change, locale), quarter });
  }
}

/** A band's edges: the lower edge belongs to the band, the upper one to the next, except 100. */
export function bandRangeText(band: Band, t: Translate, locale: Locale, form: 'short' | 'long' = 'short'): string {
  const vars = { from: formatNumber(band.from, locale), to: formatNumber(band.to, locale) };
  if (form === 'short') return t('band.range', vars);
  return band.to >= SCORE_MAX ? t('band.range.longTop', vars) : t('band.range.long', vars);
}

export function bandName(code: BandCode | null, t: Translate): string {
  return code === null ? t('band.none') : t(`band.${code}`);
}

/** The status of a measure in words; a stale one says which period its data comes from. */
export function measureStatusText(
  measure: Pick<Measure, 'status' | 'period'> & { kind?: Measure['kind'] },
  t: Translate,
  locale: Locale,
): string {
  // An indicator is withheld for a small count of people, a questionnaire result for too few respondents.
  if (measure.status === 'suppressed' && measure.kind === 'indicator') return t('measure.status.suppressedCount');
  switch (measure.status) {
    case 'stale':
      return measure.period === null
        ? t('measure.status.staleNoPeriod')
        : t('measure.status.stale', { period: formatPeriodKey(measure.period, locale) });
    case 'scored':
    case 'missing':
    case 'context':
    case 'suppressed':
    case 'no_target':
      return t(`measure.status.${measure.status}`);
  }
}

/** A measure's raw value in its unit: a dimension mean "3,8 van 5", an indicator "31,5%". */
export function formatMeasureValue(value: number, unit: Measure['unit'], locale: Locale, t: Translate): string {
  if (unit === 'agree_1_5') return t('unit.agree_1_5', { value: formatNumber(value, locale, { decimals: 1 }) });
  return formatIndicatorValue(value, unit, locale, t);
}
