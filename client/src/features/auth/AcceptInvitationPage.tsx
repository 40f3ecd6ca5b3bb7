import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate } from '@tks/shared/format';
import {
  type InvitationInfo,
  type SessionInfo,
  zAcceptInvitationBody,
  zNewPassword,
  zTokenParams,
} from '@tks/shared/schemas/auth';
import { type FormEvent, useId, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { isServerError } from '../../api/client';
import { coalitionUrl, PATHS } from '../../app/paths';
import { ErrorState } from '../../components/ErrorState';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { Loading } from '../../components/Loading';
import { useLocale, useT } from '../../i18n/useLocale';
import { AuthFrame } from './AuthFrame';
import { saveAccountLocale, useAcceptInvitationMutation } from './mutations';
import { NewPasswordField } from './NewPasswordField';
import { authQueries } from './queries';
import { homePath } from './session';

const FIELDS = ['name', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** The coalition the invitation was for, else wherever the person would normally start. */
function landingPath(session: SessionInfo, invitation: InvitationInfo): string {
  const membership = session.memberships.find((m) => m.coalition.name === invitation.coalitionName);
  return membership ? coalitionUrl(membership.coalition.slug) : homePath(session);
}

export function AcceptInvitationPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = zTokenParams.safeParse({ token }).success;
  const invitation = useQuery({ ...authQueries.invitation(token), enabled: wellFormed });

  if (!wellFormed || isServerError(invitation.error, 404)) {
    return (
      <AuthFrame title={t('auth.invitation.invalid.title')}>
        <p>{t('auth.invitation.invalid.body')}</p>
        <p>
          <Link to={PATHS.signIn}>{t('auth.backToSignIn')}</Link>
        </p>
      </AuthFrame>
    );
  }
  if (invitation.isError) {
    return (
      <AuthFrame title={t('auth.invitation.title')}>
        <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
      </AuthFrame>
    );
  }
  if (!invitation.data) {
    return (
      <AuthFrame title={t('auth.invitation.title')}>
        <Loading />
      </AuthFrame>
    );
  }
  return <AcceptInvitationForm token={token} invitation={invitation.data} />;
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationInfo }) {
  const { t, locale } = useLocale();
  const queryClient = useQueryClient();
  const accept = useAcceptInvitationMutation();
  const id = useId();
  const ids: Record<Field, string> = { name: `${id}-name`, password: `${id}-password` };
  const [values, setValues] = useState<Record<Field, string>>({ name: '', password: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const needsPassword = !invitation.accountExists;

  if (accept.data) return <Navigate to={landingPath(accept.data, invitation)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A new account needs a password; an existing one keeps the password it has.
    const schema = needsPassword ? zAcceptInvitationBody.extend({ password: zNewPassword }) : zAcceptInvitationBody;
    const input = { token, name: values.name, ...(needsPassword ? { password: values.password } : {}) };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, needsPassword ? values : { name: values.name }, t));
      return;
    }
    setErrors(NO_ERRORS);
    // mutateAsync: the page leaves as soon as the session is there, and a mutate callback would go with it.
    accept.mutateAsync(parsed.data).then(
      // The language the invitation was accepted in becomes the account's.
      (session) => {
        if (session.user.locale !== locale) saveAccountLocale(queryClient, locale);
      },
      (error) => setErrors(formErrorsFromApi(error, t, FIELDS, { password_required: 'password' })),
    );
  };

  return (
    <AuthFrame
      title={t('auth.invitation.title')}
      description={t('auth.invitation.description', {
        coalition: invitation.coalitionName,
        role: t(`role.${invitation.role}`),
      })}
    >
      <dl className="facts">
        <div>
          <dt>{t('auth.field.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{t('auth.invitation.expires')}</dt>
          <dd>{formatDate(invitation.expiresAt, locale)}</dd>
        </div>
      </dl>
      {invitation.accountExists ? <p>{t('auth.invitation.accountExists')}</p> : null}
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={ids.name}
          label={t('auth.field.name')}
          type="text"
          name="name"
          autoComplete="name"
          value={values.name}
          error={errors.fields.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
        />
        {needsPassword ? (
          <NewPasswordField
            id={ids.password}
            value={values.password}
            error={errors.fields.password}
            onChange={(password) => setValues({ ...values, password })}
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={accept.isPending}>
            {t('auth.invitation.submit')}
          </button>
        </div>
      </form>
    </AuthFrame>
  );
}
