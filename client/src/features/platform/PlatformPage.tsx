import { useQuery } from '@tanstack/react-query';
import type { Coalition } from '@tks/shared/schemas/coalitions';
import { useId } from 'react';
import { Link } from 'react-router';
import { NoAccessPage } from '../../app/NoAccessPage';
import { coalitionUrl } from '../../app/paths';
import { StandaloneLayout } from '../../app/shell/StandaloneLayout';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { TableScroll } from '../../components/TableScroll';
import { useT } from '../../i18n/useLocale';
import { OutboxList } from '../admin/outbox/OutboxList';
import { AccountBar } from '../auth/AccountBar';
import { useSession } from '../auth/session';
import { CreateCoalitionForm } from './CreateCoalitionForm';
import { platformQueries } from './queries';

export function PlatformPage() {
  const isPlatformAdmin = useSession()?.user.isPlatformAdmin ?? false;
  return (
    <StandaloneLayout account={<AccountBar />}>
      {isPlatformAdmin ? <PlatformAdmin /> : <NoAccessPage scope="platform" />}
    </StandaloneLayout>
  );
}

function PlatformAdmin() {
  const t = useT();
  const coalitions = useQuery(platformQueries.coalitions());
  const outbox = useQuery(platformQueries.outbox());
  const coalitionsId = useId();
  const createId = useId();
  const outboxId = useId();
  return (
    <>
      <PageHeader title={t('platform.title')} description={t('platform.description')} />
      <section className="section" aria-labelledby={coalitionsId}>
        <h2 id={coalitionsId}>{t('platform.coalitions.heading')}</h2>
        <QueryResult
          query={coalitions}
          headingLevel={3}
          isEmpty={(data) => data.coalitions.length === 0}
          empty={<EmptyState title={t('platform.coalitions.empty')} headingLevel={3} />}
        >
          {(data) => <CoalitionsTable coalitions={data.coalitions} />}
        </QueryResult>
      </section>
      <section className="section" aria-labelledby={createId}>
        <h2 id={createId}>{t('platform.create.heading')}</h2>
        <p>{t('platform.create.intro')}</p>
        <CreateCoalitionForm labelledBy={createId} />
      </section>
      <section className="section" aria-labelledby={outboxId}>
        <h2 id={outboxId}>{t('platform.outbox.heading')}</h2>
        <p>{t('platform.outbox.intro')}</p>
        <QueryResult
          query={outbox}
          headingLevel={3}
          isEmpty={(data) => data.messages.length === 0}
          empty={<EmptyState title={t('outbox.empty')} headingLevel={3} />}
        >
          {(data) => <OutboxList messages={data.messages} />}
        </QueryResult>
      </section>
    </>
  );
}

function CoalitionsTable({ coalitions }: { coalitions: readonly Coalition[] }) {
  const t = useT();
  const session = useSession();
  const memberOf = new Set(session?.memberships.map((membership) => membership.coalition.slug));
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('platform.coalitions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('platform.coalitions.column.name')}</th>
            <th scope="col">{t('platform.coalitions.column.municipality')}</th>
            <th scope="col">{t('platform.coalitions.column.slug')}</th>
          </tr>
        </thead>
        <tbody>
          {coalitions.map((coalition) => (
            <tr key={coalition.id}>
              <th scope="row" lang="nl">
                {/* Platform administration does not open a coalition's data; membership does. */}
                {memberOf.has(coalition.slug) ? (
                  <Link to={coalitionUrl(coalition.slug)}>{coalition.name}</Link>
                ) : (
                  coalition.name
                )}
              </th>
              <td lang="nl">{coalition.municipality}</td>
              <td className="code">{coalition.slug}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
