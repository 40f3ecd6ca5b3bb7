import { zNewAccountInvitation } from '@tks/shared/schemas/members';
import type { Organisation } from '@tks/shared/schemas/organisations';
import { type FormEvent, useId, useState } from 'react';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../../components/form/formErrors';
import { useT } from '../../../i18n/useLocale';
import { useInviteMemberMutation } from './mutations';
import { OrganisationOptions, organisationIdFrom } from './OrganisationSelect';
import { isCoalitionRole, RoleOptions } from './RoleOptions';

const FIELDS = ['email', 'name', 'role', 'organisationId'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = { email: '', name: '', role: 'partner', organisationId: '' };

interface InviteFormProps {
  slug: string;
  organisations: readonly Organisation[];
  labelledBy: string;
}

export function InviteForm({ slug, organisations, labelledBy }: InviteFormProps) {
  const t = useT();
  const invite = useInviteMemberMutation(slug);
  const id = useId();
  const ids: Record<Field, string> = {
    email: `${id}-email`,
    name: `${id}-name`,
    role: `${id}-role`,
    organisationId: `${id}-organisation`,
  };
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    const parsed = zNewAccountInvitation.safeParse({
      email: values.email,
      // An empty optional name is left out rather than sent as "".
      ...(values.name.trim() === '' ? {} : { name: values.name }),
      role: isCoalitionRole(values.role) ? values.role : undefined,
      organisationId: organisationIdFrom(values.organisationId),
    });
    if (!parsed.success) {
      setErrors(
        formErrorsFromZod(parsed.error, values, t, {
          organisationId: t('admin.members.error.organisationRequired'),
        }),
      );
      return;
    }
    setErrors(NO_ERRORS);
    invite.mutate(parsed.data, {
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        setValues(EMPTY);
      },
      onError: (error) =>
        setErrors(
          formErrorsFromApi(error, t, FIELDS, { already_member: 'email', organisation_unknown: 'organisationId' }),
        ),
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form form--panel" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
        <TextField
          id={ids.email}
          label={t('admin.invite.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          error={errors.fields.email}
          onChange={(event) => set('email')(event.target.value)}
        />
        <TextField
          id={ids.name}
          label={t('admin.invite.name')}
          optional
          autoComplete="off"
          value={values.name}
          error={errors.fields.name}
          onChange={(event) => set('name')(event.target.value)}
        />
        <SelectField
          id={ids.role}
          label={t('admin.invite.role')}
          hint={t('admin.invite.role.hint')}
          value={values.role}
          error={errors.fields.role}
          onChange={(event) => set('role')(event.target.value)}
        >
          <RoleOptions />
        </SelectField>
        <SelectField
          id={ids.organisationId}
          label={t('admin.invite.organisation')}
          hint={t('admin.invite.organisation.hint')}
          value={values.organisationId}
          error={errors.fields.organisationId}
          onChange={(event) => set('organisationId')(event.target.value)}
        >
          <OrganisationOptions organisations={organisations} />
        </SelectField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={invite.isPending}>
            {t('admin.invite.submit')}
          </button>
        </div>
        <p className="form__status" role="status">
          {sentTo ? t('admin.invite.sent', { email: sentTo }) : null}
        </p>
      </form>
    </>
  );
}
