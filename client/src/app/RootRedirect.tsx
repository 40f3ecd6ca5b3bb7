import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { QueryResult } from '../components/QueryResult';
import { coalitionQueries } from '../features/coalitions/queries';
import { useT } from '../i18n/useLocale';
import { coalitionUrl } from './paths';
import { StandaloneLayout } from './shell/StandaloneLayout';

/** `/` has no page of its own: it opens the first coalition (the list comes sorted by name). */
export function RootRedirect() {
  const t = useT();
  const query = useQuery(coalitionQueries.list());
  const first = query.data?.coalitions[0];
  if (first) return <Navigate to={coalitionUrl(first.slug)} replace />;
  return (
    <StandaloneLayout>
      <PageHeader title={t('root.title')} />
      <QueryResult
        query={query}
        isEmpty={(data) => data.coalitions.length === 0}
        empty={
          <EmptyState title={t('root.empty.title')}>
            <p>{t('root.empty.body')}</p>
          </EmptyState>
        }
      >
        {() => null}
      </QueryResult>
    </StandaloneLayout>
  );
}
