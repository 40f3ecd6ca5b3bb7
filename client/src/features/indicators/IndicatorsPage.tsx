import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { coalitionUrl, SEGMENTS } from '../../app/paths';
import { EmptyState } from '../../components/EmptyState';
import { describeError } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useLocale } from '../../i18n/useLocale';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { IndicatorsTable } from './IndicatorsTable';
import { useAddDefaultCatalogueMutation } from './mutations';
import { newIndicatorUrl } from './paths';
import { indicatorQueries } from './queries';

export function IndicatorsPage() {
  const { t } = useLocale();
  const slug = useCoalitionSlug();
  const query = useQuery(indicatorQueries.list(slug));
  const isCoordinator = useCoalitionRole(slug) === 'coordinator';
  const [showArchived, setShowArchived] = useState(false);
  const toggleId = useId();
  return (
    <>
      <PageHeader title={t('indicators.title')} description={t('indicators.description')}>
        {isCoordinator ? <CoordinatorActions slug={slug} /> : null}
      </PageHeader>
      <QueryResult
        query={query}
        isEmpty={(data) => data.indicators.length === 0}
        empty={
          <EmptyState title={t('indicators.empty.title')}>
            <p>{t('indicators.empty.body')}</p>
          </EmptyState>
        }
      >
        {(data) => {
          const archivedCount = data.indicators.filter((i) => i.archived).length;
          const shown = showArchived ? data.indicators : data.indicators.filter((i) => !i.archived);
          return (
            <>
              {archivedCount > 0 ? (
                <div className="checkbox table-filter">
                  <input
                    id={toggleId}
                    type="checkbox"
                    checked={showArchived}
                    onChange={(event) => setShowArchived(event.target.checked)}
                  />
                  <label htmlFor={toggleId}>
                    {t('indicators.showArchived')} ({archivedCount})
                  </label>
                </div>
              ) : null}
              <IndicatorsTable slug={slug} indicators={shown} />
            </>
          );
        }}
      </QueryResult>
    </>
  );
}

function CoordinatorActions({ slug }: { slug: string }) {
  const { t } = useLocale();
  const addDefaults = useAddDefaultCatalogueMutation(slug);
  return (
    <div className="page-header__actions">
      <Link className="button button--primary" to={newIndicatorUrl(slug)}>
        {t('indicators.new')}
      </Link>
      <Link className="button button--secondary" to={coalitionUrl(slug, SEGMENTS.imports)}>
        {t('nav.imports')}
      </Link>
      <button
        type="button"
        className="button button--secondary"
        disabled={addDefaults.isPending}
        onClick={() => addDefaults.mutate()}
      >
        {t('indicators.addDefaults')}
      </button>
      <p className="form__status" role="status">
        {addDefaults.data
          ? addDefaults.data.added.length > 0
            ? t('indicators.addDefaults.done', { n: addDefaults.data.added.length })
            : t('indicators.addDefaults.none')
          : addDefaults.isError
            ? describeError(addDefaults.error, t)
            : null}
      </p>
    </div>
  );
}
