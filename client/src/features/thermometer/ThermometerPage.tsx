import type { QuarterKey } from '@tks/shared/periods';
import type { Thermometer } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { Link } from 'react-router';
import { coalitionUrl, SEGMENTS } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useT } from '../../i18n/useLocale';
import { ComponentTile } from './ComponentTile';
import { HowToRead } from './HowToRead';
import { OverallSummary } from './OverallSummary';
import { QuarterBar } from './QuarterBar';
import { useThermometer } from './useThermometer';

/** The coalition's front page: the thermometer, its five components, and how to read them. */
export function ThermometerPage() {
  const t = useT();
  const { slug, quarter, setQuarter, query, holdBackError } = useThermometer();
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      {holdBackError ? (
        <Loading />
      ) : (
        <QueryResult
          query={query}
          // No quarter with any data at all: say so, rather than draw five empty thermometers.
          isEmpty={(data) => data.availableQuarters.length === 0}
          empty={<NoDataYet slug={slug} />}
        >
          {(data) => (
            <Dashboard
              data={data}
              slug={slug}
              quarter={quarter}
              loading={query.isPlaceholderData}
              onQuarterChange={setQuarter}
            />
          )}
        </QueryResult>
      )}
    </>
  );
}

interface DashboardProps {
  data: Thermometer;
  slug: string;
  quarter: QuarterKey | undefined;
  loading: boolean;
  onQuarterChange: (quarter: QuarterKey) => void;
}

function Dashboard({ data, slug, quarter, loading, onQuarterChange }: DashboardProps) {
  const t = useT();
  const componentsId = useId();
  return (
    <>
      <QuarterBar data={data} requested={quarter} loading={loading} onChange={onQuarterChange} />
      <div className="quarter-content" aria-busy={loading}>
        <OverallSummary data={data} />
        <section className="section" aria-labelledby={componentsId}>
          <h2 id={componentsId}>{t('thermometer.components.heading')}</h2>
          <div className="component-tiles-frame">
            <ol className="component-tiles">
              {data.components.map((component) => (
                <ComponentTile
                  key={component.code}
                  slug={slug}
                  component={component}
                  bands={data.bands}
                  quarter={quarter}
                />
              ))}
            </ol>
          </div>
        </section>
        <HowToRead bands={data.bands} />
      </div>
    </>
  );
}

function NoDataYet({ slug }: { slug: string }) {
  const t = useT();
  return (
    <EmptyState title={t('thermometer.empty.title')}>
      <p>{t('thermometer.empty.body')}</p>
      <ul className="link-list">
        <li>
          <Link to={coalitionUrl(slug, SEGMENTS.questionnaires)}>{t('thermometer.empty.questionnaires')}</Link>
        </li>
        <li>
          <Link to={coalitionUrl(slug, SEGMENTS.indicators)}>{t('thermometer.empty.indicators')}</Link>
        </li>
      </ul>
    </EmptyState>
  );
}
