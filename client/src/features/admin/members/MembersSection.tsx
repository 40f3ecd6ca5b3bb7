import { useQuery } from '@tanstack/react-query';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { useId } from 'react';
import { QueryResult } from '../../../components/QueryResult';
import { useT } from '../../../i18n/useLocale';
import { organisationQueries } from '../../organisations/queries';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';
import { MembersTable } from './MembersTable';
import { memberQueries } from './queries';

export function MembersSection({ slug, headingId }: { slug: string; headingId: string }) {
  const t = useT();
  const members = useQuery(memberQueries.list(slug));
  // Shared with the organisations section above, so this costs no extra request.
  const organisations = useQuery(organisationQueries.list(slug));
  const orgs: readonly Organisation[] = organisations.data?.organisations ?? [];
  const invitationsId = useId();
  const inviteId = useId();

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.members.heading')}</h2>
      <p>{t('admin.members.intro')}</p>
      <QueryResult query={members} headingLevel={3}>
        {(data) => (
          <>
            <MembersTable slug={slug} members={data.members} organisations={orgs} />
            <h3 id={invitationsId}>{t('admin.invitations.heading')}</h3>
            {data.invitations.length === 0 ? (
              <p className="hint">{t('admin.invitations.empty')}</p>
            ) : (
              <InvitationsTable slug={slug} invitations={data.invitations} organisations={orgs} />
            )}
          </>
        )}
      </QueryResult>
      <h3 id={inviteId}>{t('admin.invite.heading')}</h3>
      <InviteForm slug={slug} organisations={orgs} labelledBy={inviteId} />
    </section>
  );
}
