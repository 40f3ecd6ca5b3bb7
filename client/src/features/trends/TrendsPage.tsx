import { useQuery } from '@tanstack/react-query';
import { annotationConcerns } from '@tks/shared/annotations';
import { COMPONENT_CODES, COMPONENTS } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Missing } from '../../components/Missing';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { AnnotationsSection } from './AnnotationsSection';
import { numberAnnotations, toChartRows } from './chartRows';
import { MeasureTrends } from './MeasureTrends';
import { trendsQueries } from './queries';
import { TrendsChart } from './TrendsChart';

export function TrendsPage() {
  const slug = useCoalitionSlug();
  const { locale, t } = useLocale();
  const query = useQuery(trendsQueries.trends(slug));
  const chartHeadingId = useId();
  const tableCaptionId = useId();
  const role = useCoalitionRole(slug);

  return (
    <>
      <PageHeader title={t('trends.title')} description={t('trends.description')} />
      <QueryResult
        query={query}
        isEmpty={(data) => data.quarters.length === 0}
        empty={
          <EmptyState title={t('trends.empty.title')}>
            <p>{t('trends.empty.body')}</p>
          </EmptyState>
        }
      >
        {(trends) => {
          const rows = toChartRows(trends);
          const annotations = numberAnnotations(trends.annotations);
          const first = formatQuarterKey(trends.quarters[0] ?? '', locale);
          const last = formatQuarterKey(trends.quarters.at(-1) ?? '', locale);
          const cell = (score: number | null) => (score === null ? <Missing /> : formatNumber(score, locale));
          return (
            <>
              <section className="section" aria-labelledby={chartHeadingId}>
                <h2 id={chartHeadingId}>{t('trends.chart.heading')}</h2>
                <figure className="chart-figure">
                  <div role="img" aria-label={t('trends.chart.label', { first, last })}>
                    <TrendsChart
                      rows={rows}
                      annotations={annotations.filter((a) => annotationConcerns(a, { kind: 'overall' }))}
                      overallLabel={t('trends.overall')}
                    />
                  </div>
                  <figcaption>{t('trends.chart.gaps')}</figcaption>
                </figure>
              </section>

              <AnnotationsSection
                slug={slug}
                annotations={annotations}
                quarters={trends.quarters}
                measures={trends.measures}
                canEdit={role === 'coordinator'}
              />

              <section className="section">
                <TableScroll labelledBy={tableCaptionId}>
                  <table className="data-table">
                    <caption id={tableCaptionId}>{t('trends.table.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('trends.table.quarter')}</th>
                        <th scope="col" className="num">
                          {t('trends.overall')}
                        </th>
                        {COMPONENT_CODES.map((code) => (
                          <th key={code} scope="col" className="num">
                            {COMPONENTS[code][locale]}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {[...rows].reverse().map((row) => (
                        <tr key={row.quarter}>
                          <th scope="row">{formatQuarterKey(row.quarter, locale)}</th>
                          <td className="num">{cell(row.overall)}</td>
                          {COMPONENT_CODES.map((code) => (
                            <td key={code} className="num">
                              {cell(row[code])}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </section>

              <MeasureTrends measures={trends.measures} annotations={annotations} />
            </>
          );
        }}
      </QueryResult>
    </>
  );
}
