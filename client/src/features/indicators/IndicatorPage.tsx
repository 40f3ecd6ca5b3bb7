import { useQuery } from '@tanstack/react-query';
import { COMPONENTS } from '@tks/shared/components';
import { formatDate, formatNumber } from '@tks/shared/format';
import type { IndicatorDetail } from '@tks/shared/schemas/indicators';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { isServerError } from '../../api/client';
import { coalitionUrl, SEGMENTS } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { formatPeriodKey } from '../../lib/periods';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { toIndicatorRows } from './chartRows';
import { DefinitionCard } from './DefinitionCard';
import { formatIndicatorValue } from './formatIndicatorValue';
import { IndicatorChart } from './IndicatorChart';
import { indicatorEditUrl } from './paths';
import { indicatorQueries } from './queries';
import { ReferencesTable } from './ReferencesTable';
import { ValuesTable } from './ValuesTable';

/**
 * One indicator (`/c/:slug/indicators/:code`): what it means, how it moved, and where every value
 * came from. One request; archived indicators open here as well, so old reports can link to them.
 */
export function IndicatorPage() {
  const slug = useCoalitionSlug();
  const code = useParams().code ?? '';
  const { t } = useLocale();
  const query = useQuery(indicatorQueries.detail(slug, code));
  const back = (
    <p className="back-link">
      <Link to={coalitionUrl(slug, SEGMENTS.indicators)}>
        <span aria-hidden="true">←</span>
        {t('indicator.back')}
      </Link>
    </p>
  );
  if (isServerError(query.error, 404)) {
    return (
      <>
        {back}
        <PageHeader title={t('indicator.notFound.title')} description={t('indicator.notFound.body')} />
      </>
    );
  }
  return (
    <>
      {back}
      <QueryResult query={query}>{(detail) => <IndicatorDetailView slug={slug} detail={detail} />}</QueryResult>
    </>
  );
}

function IndicatorDetailView({ slug, detail }: { slug: string; detail: IndicatorDetail }) {
  const { t, locale } = useLocale();
  const role = useCoalitionRole(slug);
  const chartHeadingId = useId();
  const { indicator } = detail;
  const name = locale === 'nl' ? indicator.nameNl : indicator.nameEn;
  const rows = toIndicatorRows(detail);
  const format = (value: number) => formatIndicatorValue(value, indicator.unit, locale, t);
  const first = rows[0];
  const last = rows.at(-1);
  return (
    <>
      <PageHeader
        title={name}
        eyebrow={t('indicator.eyebrow', { code: indicator.code })}
        description={
          <>
            {COMPONENTS[indicator.component][locale]} · {t(`source.${indicator.source}`)}
            {indicator.archived ? (
              <>
                {' '}
                <span className="badge badge--neutral">{t('indicator.archived.badge')}</span>
              </>
            ) : null}
          </>
        }
      >
        {role === 'coordinator' ? (
          <p className="page-header__actions">
            <Link className="button button--secondary" to={indicatorEditUrl(slug, indicator.code)}>
              {t('indicator.edit')}
            </Link>
          </p>
        ) : null}
      </PageHeader>

      {indicator.archived && indicator.archivedAt ? (
        <p className="notice" role="note">
          {t('indicator.archived.note', { date: formatDate(indicator.archivedAt, locale) })}
        </p>
      ) : null}

      <DefinitionCard detail={detail} />

      <section className="section" aria-labelledby={chartHeadingId}>
        <h2 id={chartHeadingId}>{t('indicator.chart.heading')}</h2>
        {rows.length === 0 || !first || !last ? (
          <EmptyState title={t('state.noData')}>
            <p>{t('indicator.chart.empty')}</p>
          </EmptyState>
        ) : (
          <figure className="chart-figure">
            <div
              role="img"
              aria-label={t('indicator.chart.label', {
                name,
                first: formatPeriodKey(first.period, locale),
                last: formatPeriodKey(last.period, locale),
              })}
            >
              <IndicatorChart
                rows={rows}
                unit={indicator.unit}
                bands={indicator.colourBands}
                formatValue={format}
                labels={{
                  value: t('indicator.chart.value'),
                  target: t('referenceKind.target'),
                  baseline: t('referenceKind.baseline'),
                  reference: t('referenceKind.national'),
                }}
              />
            </div>
            <figcaption>{t('indicator.chart.caption')}</figcaption>
          </figure>
        )}
      </section>

      <ValuesTable detail={detail} />
      <p className="section-note">
        {t('indicator.suppressed.long', { n: formatNumber(detail.suppressionThreshold, locale) })}{' '}
        {t('indicator.interval.explained')}
      </p>
      <ReferencesTable detail={detail} />
    </>
  );
}
