import { useQuery } from '@tanstack/react-query';
import { COMPONENT_CODES, COMPONENTS, type ComponentCode } from '@tks/shared/components';
import { formatNumber } from '@tks/shared/format';
import type { CoalitionSummary } from '@tks/shared/schemas/coalitions';
import { useId } from 'react';
import { Link } from 'react-router';
import { coalitionUrl, SEGMENTS, type Segment } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { type Stat, StatGrid } from '../../components/StatGrid';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { coalitionQueries } from '../coalitions/queries';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';

/** Where each toolkit component is worked on. */
const COMPONENT_PAGES: Record<ComponentCode, Segment> = {
  meten_weten: SEGMENTS.indicators,
  informatie_delen: SEGMENTS.agreements,
  reflecteren: SEGMENTS.mirrorConversations,
  samenwerken_leren: SEGMENTS.learning,
  integraal_behandelplan: SEGMENTS.carePlans,
};

export function ThermometerPage() {
  const { t } = useLocale();
  const slug = useCoalitionSlug();
  const query = useQuery(coalitionQueries.summary(slug));
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <QueryResult query={query}>{(summary) => <Overview summary={summary} />}</QueryResult>
    </>
  );
}

function Overview({ summary }: { summary: CoalitionSummary }) {
  const { t, locale } = useLocale();
  const noteId = useId();
  const statsId = useId();
  const componentsId = useId();
  const { counts } = summary;

  // Counts are real zeros when nothing is recorded; only the quarter can be genuinely missing.
  const stats: Stat[] = [
    {
      id: 'latestQuarter',
      label: t('overview.stats.latestQuarter'),
      value:
        summary.latestQuarter === null ? (
          <span className="stat-card__missing">{t('state.noData')}</span>
        ) : (
          formatQuarterKey(summary.latestQuarter, locale)
        ),
    },
    {
      id: 'organisations',
      label: t('overview.stats.organisations'),
      value: formatNumber(counts.organisations, locale),
    },
    { id: 'indicators', label: t('overview.stats.indicators'), value: formatNumber(counts.indicators, locale) },
    { id: 'rounds', label: t('overview.stats.rounds'), value: formatNumber(counts.rounds, locale) },
    { id: 'responses', label: t('overview.stats.responses'), value: formatNumber(counts.responses, locale) },
    { id: 'openActions', label: t('overview.stats.openActions'), value: formatNumber(counts.openActions, locale) },
  ];

  return (
    <>
      <p className="lead">{t('overview.municipality', { municipality: summary.municipality })}</p>

      <section className="callout" aria-labelledby={noteId}>
        <h2 id={noteId} className="callout__title">
          {t('overview.note.title')}
        </h2>
        <p>{t('overview.note.body')}</p>
      </section>

      <section className="section" aria-labelledby={statsId}>
        <h2 id={statsId}>{t('overview.stats.heading')}</h2>
        <StatGrid stats={stats} />
        <p className="hint">{t('overview.minGroupSize', { n: summary.minGroupSize })}</p>
      </section>

      <section className="section" aria-labelledby={componentsId}>
        <h2 id={componentsId}>{t('overview.components.heading')}</h2>
        <ol className="component-list">
          {COMPONENT_CODES.map((code) => (
            <li key={code} className="component-list__item">
              <span className="component-list__number" aria-hidden="true">
                {COMPONENTS[code].number}
              </span>
              <Link to={coalitionUrl(summary.slug, COMPONENT_PAGES[code])} className="component-list__link">
                {COMPONENTS[code][locale]}
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
