import { formatDate } from '@tks/shared/format';
import type { PendingInvitation } from '@tks/shared/schemas/members';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { useId } from 'react';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { describeError } from '../../../components/ErrorState';
import { Missing } from '../../../components/Missing';
import { TableScroll } from '../../../components/TableScroll';
import { useLocale } from '../../../i18n/useLocale';
import { useRevokeInvitationMutation } from './mutations';

interface InvitationsTableProps {
  slug: string;
  invitations: readonly PendingInvitation[];
  organisations: readonly Organisation[];
}

export function InvitationsTable({ slug, invitations, organisations }: InvitationsTableProps) {
  const { t } = useLocale();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.invitations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.members.column.email')}</th>
            <th scope="col">{t('admin.members.column.role')}</th>
            <th scope="col">{t('admin.members.column.organisation')}</th>
            <th scope="col">{t('admin.invitations.column.sent')}</th>
            <th scope="col">{t('admin.invitations.column.expires')}</th>
            <th scope="col">{t('admin.members.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <InvitationRow key={invitation.id} slug={slug} invitation={invitation} organisations={organisations} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function InvitationRow({
  slug,
  invitation,
  organisations,
}: {
  slug: string;
  invitation: PendingInvitation;
  organisations: readonly Organisation[];
}) {
  const { t, locale } = useLocale();
  const revoke = useRevokeInvitationMutation(slug);
  const organisation = organisations.find((candidate) => candidate.id === invitation.organisationId);
  return (
    <tr>
      <th scope="row">{invitation.email}</th>
      <td>{t(`role.${invitation.role}`)}</td>
      <td lang="nl">{organisation?.name ?? <Missing />}</td>
      <td className="nowrap">{formatDate(invitation.createdAt, locale)}</td>
      <td className="nowrap">{formatDate(invitation.expiresAt, locale)}</td>
      <td>
        <ConfirmAction
          label={t('admin.invitations.revoke')}
          accessibleLabel={t('admin.invitations.revokeFor', { email: invitation.email })}
          question={t('admin.invitations.revokeQuestion', { email: invitation.email })}
          confirmLabel={t('admin.invitations.revokeConfirm')}
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate(invitation.id)}
        />
        {revoke.isError ? (
          <p className="row-actions__error" role="alert">
            {describeError(revoke.error, t)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
