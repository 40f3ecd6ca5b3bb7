import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useT } from '../../i18n/useLocale';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { organisationQueries } from '../organisations/queries';
import { OrganisationsTable } from './OrganisationsTable';

export function AdminPage() {
  const t = useT();
  const slug = useCoalitionSlug();
  const query = useQuery(organisationQueries.list(slug));
  const organisationsId = useId();
  const moreId = useId();
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <section className="section" aria-labelledby={organisationsId}>
        <h2 id={organisationsId}>{t('admin.organisations.heading')}</h2>
        <QueryResult
          query={query}
          headingLevel={3}
          isEmpty={(data) => data.organisations.length === 0}
          empty={
            <EmptyState title={t('admin.organisations.empty.title')} headingLevel={3}>
              <p>{t('admin.organisations.empty.body')}</p>
            </EmptyState>
          }
        >
          {(data) => <OrganisationsTable organisations={data.organisations} />}
        </QueryResult>
      </section>
      <section className="section" aria-labelledby={moreId}>
        <h2 id={moreId}>{t('admin.more.heading')}</h2>
        <EmptyState title={t('state.comingSoon.title')} headingLevel={3} />
      </section>
    </>
  );
}
