import { COMPONENTS } from '@tks/shared/components';
import type { IndicatorSummary } from '@tks/shared/schemas/indicators';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey } from '../../lib/periods';
import { formatIndicatorValue } from './formatIndicatorValue';
import { indicatorUrl } from './paths';

export function IndicatorsTable({ slug, indicators }: { slug: string; indicators: readonly IndicatorSummary[] }) {
  const { t, locale } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('indicators.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.column.code')}</th>
            <th scope="col">{t('indicators.column.name')}</th>
            {/* The value comes right after the name so that on a phone it is visible without scrolling. */}
            <th scope="col" className="num">
              {t('indicators.column.latest')}
            </th>
            <th scope="col">{t('indicators.column.period')}</th>
            <th scope="col">{t('indicators.column.source')}</th>
            <th scope="col">{t('indicators.column.component')}</th>
            <th scope="col">{t('indicators.column.direction')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id} className={indicator.archived ? 'is-archived' : undefined}>
              <td className="code">{indicator.code}</td>
              <th scope="row">
                <Link to={indicatorUrl(slug, indicator.code)}>
                  {locale === 'nl' ? indicator.nameNl : indicator.nameEn}
                </Link>
                {indicator.archived ? <span className="tag">{t('indicators.archived')}</span> : null}
              </th>
              {indicator.latest === null ? (
                // No value has no period either: one cell that says so, never a zero or an empty date.
                <td className="is-missing" colSpan={2}>
                  {t('state.noData')}
                </td>
              ) : (
                <>
                  <td className="num">
                    {indicator.latest.value === null ? (
                      <span className="is-suppressed">{t('indicator.suppressed.short')}</span>
                    ) : (
                      formatIndicatorValue(indicator.latest.value, indicator.unit, locale, t)
                    )}
                  </td>
                  <td className="nowrap">{formatPeriodKey(indicator.latest.period, locale)}</td>
                </>
              )}
              <td>{t(`source.${indicator.source}`)}</td>
              <td>{COMPONENTS[indicator.component][locale]}</td>
              <td>{t(`direction.${indicator.direction}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
