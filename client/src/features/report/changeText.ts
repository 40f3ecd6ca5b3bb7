import { COMPONENTS } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import type { Locale } from '@tks/shared/locale';
import type { ReportChange } from '@tks/shared/schemas/report';
import type { Translate } from '../../i18n/translate';
import { formatQuarterKey } from '../../lib/periods';

/** What changed, in the reader's language: the thermometer, a component, or a measure with its component. */
export function changeSubject(change: ReportChange, t: Translate, locale: Locale): string {
  if (change.kind === 'overall' || change.component === null) return t('report.changes.overall');
  const component = COMPONENTS[change.component][locale];
  if (change.kind === 'component') return component;
  const name = (locale === 'nl' ? change.nameNl : change.nameEn) ?? change.nameNl ?? '';
  // Indicator codes (JGZ-04) are what directors know them by; register and dimension codes are internal.
  const withCode = change.code && change.measureKey?.startsWith('indicator:') && !name.startsWith(change.code);
  const measure = withCode ? `${change.code} ${name}` : name;
  return t('report.changes.measureOf', { measure, component });
}

/**
 * One change as a sentence that says what it compares with and both scores:
 * "Informatie delen steeg 8,2 punten ten opzichte van K2 2026 (van 55,0 naar 63,2)."
 */
export function changeSentence(change: ReportChange, t: Translate, locale: Locale): string {
  const one = (value: number) => formatNumber(value, locale);
  return t(change.change > 0 ? 'report.changes.rose' : 'report.changes.fell', {
    subject: changeSubject(change, t, locale),
    change: one(Math.abs(change.change)),
    quarter: formatQuarterKey(change.quarter, locale),
    from: one(change.from),
    to: one(change.to),
  });
}
