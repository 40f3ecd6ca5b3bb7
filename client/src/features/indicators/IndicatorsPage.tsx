import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useT } from '../../i18n/useLocale';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { IndicatorsTable } from './IndicatorsTable';
import { indicatorQueries } from './queries';

export function IndicatorsPage() {
  const t = useT();
  const slug = useCoalitionSlug();
  const query = useQuery(indicatorQueries.list(slug));
  return (
    <>
      <PageHeader title={t('indicators.title')} description={t('indicators.description')} />
      <QueryResult
        query={query}
        isEmpty={(data) => data.indicators.length === 0}
        empty={
          <EmptyState title={t('indicators.empty.title')}>
            <p>{t('indicators.empty.body')}</p>
          </EmptyState>
        }
      >
        {(data) => <IndicatorsTable indicators={data.indicators} />}
      </QueryResult>
    </>
  );
}
