import type { IndicatorUnit } from '@tks/shared/domain';
import { formatNumber, formatPercent } from '@tks/shared/format';
import type { Locale } from '@tks/shared/locale';
import type { Translate } from '../../i18n/translate';

/** A value in its unit, in the user's number format: 31.5 percent → "31,5%" in Dutch. */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, locale: Locale, t: Translate): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'per_100':
      return t('unit.per_100', { value: formatNumber(value, locale) });
    case 'per_1000':
      return t('unit.per_1000', { value: formatNumber(value, locale) });
    case 'count':
      return formatNumber(value, locale);
    case 'score_1_10':
      return t('unit.score_1_10', { value: formatNumber(value, locale, { decimals: 1 }) });
    case 'score_0_100':
      return t('unit.score_0_100', { value: formatNumber(value, locale) });
    case 'yes_no':
      return value >= 1 ? t('unit.yes') : t('unit.no');
  }
}
