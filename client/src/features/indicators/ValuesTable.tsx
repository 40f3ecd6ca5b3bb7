import { formatDate, formatNumber } from '@tks/shared/format';
import type { IndicatorDetail, IndicatorValue } from '@tks/shared/schemas/indicators';
import { Fragment, useId } from 'react';
import { Missing } from '../../components/Missing';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey } from '../../lib/periods';
import { valuesByPeriod } from './chartRows';
import { formatIndicatorValue } from './formatIndicatorValue';

/**
 * The figures behind the chart, newest first, each with the import it came from. Corrections
 * never overwrite: the versions a value replaced are listed under it (a native disclosure, so it
 * works without script and with every screen reader).
 */
export function ValuesTable({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const captionId = useId();
  const { indicator } = detail;
  const groups = valuesByPeriod(detail.values);
  const withCounts = detail.values.some((v) => v.numerator !== null || v.denominator !== null || v.suppressed);
  const count = (n: number | null, suppressed: boolean) =>
    n !== null ? (
      formatNumber(n, locale, { maxDecimals: 2 })
    ) : suppressed ? (
      t('indicator.suppressed.short')
    ) : (
      <Missing />
    );

  const cells = (v: IndicatorValue) => (
    <>
      <td className="num">
        {v.value === null ? (
          <span className="is-suppressed">
            {v.suppressed ? t('indicator.suppressed.short') : t('indicator.values.missing')}
          </span>
        ) : (
          formatIndicatorValue(v.value, indicator.unit, locale, t)
        )}
      </td>
      <td className="num nowrap">
        {v.interval ? (
          t('indicator.interval.value', {
            // One fixed decimal, so the two edges read alike ("27,0 – 38,8", not "27 – 38,8").
            low: formatNumber(v.interval.low, locale, { decimals: 1 }),
            high: formatNumber(v.interval.high, locale, { decimals: 1 }),
          })
        ) : (
          <Missing />
        )}
      </td>
      {withCounts ? (
        <>
          <td className="num">{count(v.numerator, v.suppressed)}</td>
          <td className="num">{count(v.denominator, v.suppressed)}</td>
        </>
      ) : null}
      <td>
        {v.batch ? (
          <>
            <span className="file-name">{v.batch.fileName}</span>
            <span className="cell-detail">
              {formatDate(v.batch.createdAt, locale)}
              {v.batch.by ? ` · ${t('indicator.values.batch.by', { who: v.batch.by })}` : ''}
              {v.batch.status === 'undone' ? ` · ${t('indicator.values.batch.undone')}` : ''}
            </span>
          </>
        ) : (
          <span className="is-missing">{t('indicator.values.batch.none')}</span>
        )}
      </td>
    </>
  );

  if (groups.length === 0) return null;
  const columns = withCounts ? 6 : 4;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicator.values.heading')}</h2>
      <TableScroll labelledBy={captionId}>
        <table className="data-table values-table">
          <caption id={captionId}>{t('indicator.values.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator.values.period')}</th>
              <th scope="col" className="num">
                {t('indicator.values.value')}
              </th>
              <th scope="col" className="num">
                {t('indicator.values.interval')}
              </th>
              {withCounts ? (
                <>
                  <th scope="col" className="num">
                    {t('indicator.values.numerator')}
                  </th>
                  <th scope="col" className="num">
                    {t('indicator.values.denominator')}
                  </th>
                </>
              ) : null}
              <th scope="col">{t('indicator.values.batch')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map(({ period, current, earlier }) => (
              <Fragment key={period}>
                <tr>
                  <th scope="row" className="nowrap">
                    {formatPeriodKey(period, locale)}
                  </th>
                  {current ? (
                    cells(current)
                  ) : (
                    <td colSpan={columns - 1} className="is-missing">
                      {t('indicator.values.missing')}
                    </td>
                  )}
                </tr>
                {earlier.length > 0 ? (
                  <tr className="values-table__history">
                    <td colSpan={columns}>
                      <details>
                        <summary>{t('indicator.values.history', { n: earlier.length })}</summary>
                        <ul className="history-list">
                          {earlier.map((v) => (
                            <li key={v.id}>
                              <strong>
                                {v.value === null
                                  ? t('indicator.suppressed.short')
                                  : formatIndicatorValue(v.value, indicator.unit, locale, t)}
                              </strong>{' '}
                              {v.supersededAt
                                ? `(${t('indicator.values.superseded', { date: formatDate(v.supersededAt, locale) })})`
                                : ''}{' '}
                              {v.batch
                                ? `— ${t('indicator.values.batch.value', { file: v.batch.fileName, date: formatDate(v.batch.createdAt, locale) })}${v.batch.by ? ` ${t('indicator.values.batch.by', { who: v.batch.by })}` : ''}`
                                : ''}
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
