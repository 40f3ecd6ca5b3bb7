import { COMPONENT_CODES, COMPONENTS, type ComponentCode, zComponentCode } from '@tks/shared/components';
import type { QuarterKey } from '@tks/shared/periods';
import type { Band, ComponentScore } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { coalitionUrl, componentUrl } from '../../app/paths';
import { Loading } from '../../components/Loading';
import { Missing } from '../../components/Missing';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';
import { BandLabel } from './BandLabel';
import { ComparisonList } from './ComparisonList';
import { CoverageText } from './CoverageText';
import { MeasuresTable } from './MeasuresTable';
import { QuarterBar } from './QuarterBar';
import { ScoreValue } from './ScoreValue';
import { Sparkline } from './Sparkline';
import { formatScore } from './text';
import { useThermometer, withQuarter } from './useThermometer';

/**
 * The drill-down of one component (`/c/:slug/component/:code?quarter=…`): its own address, so it
 * can be linked and bookmarked, and the same request as the dashboard, so it opens from the cache.
 */
export function ComponentPage() {
  const parsed = zComponentCode.safeParse(useParams().code);
  if (!parsed.success) return <NotFoundPage />;
  return <ComponentDetail code={parsed.data} />;
}

function ComponentDetail({ code }: { code: ComponentCode }) {
  const { t, locale } = useLocale();
  const { slug, quarter, setQuarter, query, holdBackError } = useThermometer();
  const meta = COMPONENTS[code];
  return (
    <>
      <p className="back-link">
        <Link to={withQuarter(coalitionUrl(slug), quarter)}>
          <span aria-hidden="true">←</span>
          {t('component.back')}
        </Link>
      </p>
      <PageHeader title={meta[locale]} eyebrow={t('component.eyebrow', { number: meta.number })} />
      {holdBackError ? (
        <Loading />
      ) : (
        <QueryResult query={query}>
          {(data) => {
            const component = data.components.find((candidate) => candidate.code === code);
            return (
              <>
                <QuarterBar data={data} requested={quarter} loading={query.isPlaceholderData} onChange={setQuarter} />
                <div className="quarter-content" aria-busy={query.isPlaceholderData}>
                  {component ? (
                    <Detail component={component} bands={data.bands} quarter={data.quarter} slug={slug} />
                  ) : (
                    <p>{t('component.measures.empty')}</p>
                  )}
                  <OtherComponents slug={slug} current={code} quarter={quarter} />
                </div>
              </>
            );
          }}
        </QueryResult>
      )}
    </>
  );
}

interface DetailProps {
  component: ComponentScore;
  bands: readonly Band[];
  quarter: QuarterKey;
  slug: string;
}

function Detail({ component, bands, quarter, slug }: DetailProps) {
  const { t, locale } = useLocale();
  const trendId = useId();
  const captionId = useId();
  const measuresId = useId();
  const name = COMPONENTS[component.code][locale];
  return (
    <>
      <div className={`component-summary band-accent--${component.band ?? 'none'}`}>
        <p className="overall__score">
          <ScoreValue score={component.score} size="large" />
        </p>
        {component.score !== null ? (
          <p>
            <BandLabel code={component.band} />
          </p>
        ) : null}
        <ComparisonList
          previousQuarter={component.previousQuarter}
          sameQuarterLastYear={component.sameQuarterLastYear}
          labelled
        />
        <p className="component-summary__coverage">
          <CoverageText coverage={component.coverage} />
        </p>
      </div>

      <section className="section" aria-labelledby={measuresId}>
        <h2 id={measuresId}>{t('component.measures.heading')}</h2>
        {component.measures.length === 0 ? (
          <p>{t('component.measures.empty')}</p>
        ) : (
          <MeasuresTable slug={slug} component={component} quarter={quarter} />
        )}
      </section>

      <section className="section" aria-labelledby={trendId}>
        <h2 id={trendId}>{t('component.trend.heading')}</h2>
        <div className="trend">
          <div className="trend__chart">
            {/* The table beside it gives the same numbers to everyone. */}
            <Sparkline points={component.sparkline} bands={bands} size="large" decorative />
          </div>
          <TableScroll labelledBy={captionId}>
            <table className="data-table trend__table">
              <caption id={captionId}>{t('component.trend.caption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('component.trend.quarter')}</th>
                  <th scope="col" className="num">
                    {t('component.trend.score')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {component.sparkline.map((point) => (
                  <tr key={point.quarter}>
                    <th scope="row">{formatQuarterKey(point.quarter, locale)}</th>
                    <td className="num">{point.score === null ? <Missing /> : formatScore(point.score, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      </section>
    </>
  );
}

interface OtherComponentsProps {
  slug: string;
  current: ComponentCode;
  quarter: QuarterKey | undefined;
}

function OtherComponents({ slug, current, quarter }: OtherComponentsProps) {
  const { t, locale } = useLocale();
  const headingId = useId();
  return (
    <nav className="section component-nav" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('component.others')}</h2>
      <ol className="component-nav__list">
        {COMPONENT_CODES.map((code) => (
          <li key={code}>
            <Link
              to={withQuarter(componentUrl(slug, code), quarter)}
              aria-current={code === current ? 'page' : undefined}
              className="component-nav__link"
            >
              <span className="component-tile__number" aria-hidden="true">
                {COMPONENTS[code].number}
              </span>
              {COMPONENTS[code][locale]}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
