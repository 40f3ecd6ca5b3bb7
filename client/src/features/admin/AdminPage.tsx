import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { NoAccessPage } from '../../app/NoAccessPage';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryResult } from '../../components/QueryResult';
import { useT } from '../../i18n/useLocale';
import { useCoalitionRole } from '../auth/session';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { organisationQueries } from '../organisations/queries';
import { ApiKeysSection } from './api-keys/ApiKeysSection';
import { AuditLogSection } from './audit/AuditLogSection';
import { MembersSection } from './members/MembersSection';
import { OrganisationsTable } from './OrganisationsTable';
import { OutboxSection } from './outbox/OutboxSection';
import { ShareLinksSection } from './share-links/ShareLinksSection';

export function AdminPage() {
  const slug = useCoalitionSlug();
  const role = useCoalitionRole(slug);
  // The navigation hides this page from other roles; someone who follows a link still gets a clear answer.
  if (role !== 'coordinator') return <NoAccessPage scope="page" />;
  return <CoordinatorAdmin slug={slug} />;
}

function CoordinatorAdmin({ slug }: { slug: string }) {
  const t = useT();
  const query = useQuery(organisationQueries.list(slug));
  const tocId = useId();
  const ids = {
    organisations: useId(),
    members: useId(),
    shareLinks: useId(),
    apiKeys: useId(),
    audit: useId(),
    outbox: useId(),
    more: useId(),
  };
  const sections = [
    { id: ids.organisations, label: t('admin.organisations.heading') },
    { id: ids.members, label: t('admin.members.heading') },
    { id: ids.shareLinks, label: t('admin.shareLinks.heading') },
    { id: ids.apiKeys, label: t('admin.apiKeys.heading') },
    { id: ids.audit, label: t('admin.audit.heading') },
    { id: ids.outbox, label: t('admin.outbox.heading') },
  ];
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <nav className="toc" aria-labelledby={tocId}>
        <h2 id={tocId} className="toc__title">
          {t('admin.toc')}
        </h2>
        <ul className="toc__list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="section" aria-labelledby={ids.organisations}>
        <h2 id={ids.organisations}>{t('admin.organisations.heading')}</h2>
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
      <MembersSection slug={slug} headingId={ids.members} />
      <ShareLinksSection slug={slug} headingId={ids.shareLinks} />
      <ApiKeysSection slug={slug} headingId={ids.apiKeys} />
      <AuditLogSection slug={slug} headingId={ids.audit} />
      <OutboxSection slug={slug} headingId={ids.outbox} />
      <section className="section" aria-labelledby={ids.more}>
        <h2 id={ids.more}>{t('admin.more.heading')}</h2>
        <EmptyState title={t('state.comingSoon.title')} headingLevel={3} />
      </section>
    </>
  );
}
