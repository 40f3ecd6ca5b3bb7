import type { CoalitionRole } from '@tks/shared/domain';
import { formatDateTime } from '@tks/shared/format';
import type { Member } from '@tks/shared/schemas/members';
import { zMemberUpdate } from '@tks/shared/schemas/members';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { useId, useState } from 'react';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { describeError } from '../../../components/ErrorState';
import { Missing } from '../../../components/Missing';
import { TableScroll } from '../../../components/TableScroll';
import { useLocale } from '../../../i18n/useLocale';
import { useSession } from '../../auth/session';
import { useRemoveMemberMutation, useUpdateMemberMutation } from './mutations';
import { OrganisationOptions, organisationIdFrom } from './OrganisationSelect';
import { isCoalitionRole, RoleOptions } from './RoleOptions';

interface MembersTableProps {
  slug: string;
  members: readonly Member[];
  organisations: readonly Organisation[];
}

export function MembersTable({ slug, members, organisations }: MembersTableProps) {
  const { t } = useLocale();
  const captionId = useId();
  const ownUserId = useSession()?.user.id;
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('admin.members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.members.column.name')}</th>
            <th scope="col">{t('admin.members.column.role')}</th>
            <th scope="col">{t('admin.members.column.organisation')}</th>
            <th scope="col">{t('admin.members.column.lastLogin')}</th>
            <th scope="col">{t('admin.members.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.userId}
              slug={slug}
              member={member}
              organisations={organisations}
              isSelf={member.userId === ownUserId}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface MemberRowProps {
  slug: string;
  member: Member;
  organisations: readonly Organisation[];
  isSelf: boolean;
}

function MemberRow({ slug, member, organisations, isSelf }: MemberRowProps) {
  const { t, locale } = useLocale();
  const update = useUpdateMemberMutation(slug);
  const remove = useRemoveMemberMutation(slug);
  const [role, setRole] = useState<CoalitionRole>(member.role);
  const [organisationId, setOrganisationId] = useState<number | null>(member.organisationId);
  const [invalid, setInvalid] = useState<string | null>(null);
  const id = useId();

  const save = () => {
    const parsed = zMemberUpdate.safeParse({ role, organisationId });
    if (!parsed.success) {
      setInvalid(t('admin.members.error.organisationRequired'));
      return;
    }
    setInvalid(null);
    update.mutate({ userId: member.userId, update: parsed.data });
  };

  const problem =
    invalid ??
    (update.isError ? describeError(update.error, t) : null) ??
    (remove.isError ? describeError(remove.error, t) : null);
  const name = member.name;

  return (
    <tr>
      <th scope="row">
        {name}
        {isSelf ? <span className="tag">{t('admin.members.you')}</span> : null}
        <span className="cell-detail">{member.email}</span>
      </th>
      <td>
        <label htmlFor={`${id}-role`} className="visually-hidden">
          {t('admin.members.roleOf', { name })}
        </label>
        <select
          id={`${id}-role`}
          className="field__input field__select field__input--compact"
          value={role}
          onChange={(event) => {
            if (isCoalitionRole(event.target.value)) setRole(event.target.value);
          }}
        >
          <RoleOptions />
        </select>
      </td>
      <td>
        <label htmlFor={`${id}-organisation`} className="visually-hidden">
          {t('admin.members.organisationOf', { name })}
        </label>
        <select
          id={`${id}-organisation`}
          className="field__input field__select field__input--compact"
          value={organisationId ?? ''}
          onChange={(event) => setOrganisationId(organisationIdFrom(event.target.value))}
        >
          <OrganisationOptions organisations={organisations} />
        </select>
      </td>
      <td className="nowrap">{member.lastLoginAt ? formatDateTime(member.lastLoginAt, locale) : <Missing />}</td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button button--primary button--small"
            aria-label={t('admin.members.saveFor', { name })}
            disabled={update.isPending}
            onClick={save}
          >
            {t('admin.members.save')}
          </button>
          <ConfirmAction
            label={t('admin.members.remove')}
            accessibleLabel={t('admin.members.removeFor', { name })}
            question={t('admin.members.removeQuestion', { name })}
            confirmLabel={t('admin.members.removeConfirm')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(member.userId)}
          />
        </div>
        <p className="row-actions__status" role="status">
          {update.isSuccess && !problem ? t('admin.members.saved') : null}
        </p>
        {problem ? (
          <p className="row-actions__error" role="alert">
            {problem}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
