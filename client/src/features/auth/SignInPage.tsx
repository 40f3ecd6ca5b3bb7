import { useQuery, useQueryClient } from '@tanstack/react-query';
import { zSignInBody } from '@tks/shared/schemas/auth';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PATHS } from '../../app/paths';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { Loading } from '../../components/Loading';
import { useLocale } from '../../i18n/useLocale';
import { AuthFrame } from './AuthFrame';
import { saveAccountLocale, useSignInMutation } from './mutations';
import { authQueries } from './queries';
import { homePath, safeNextPath } from './session';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignInPage() {
  const { t, locale, setLocale } = useLocale();
  const localeOnArrival = useRef(locale);
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const session = useQuery(authQueries.session());
  const signIn = useSignInMutation();
  const id = useId();
  const ids: Record<Field, string> = { email: `${id}-email`, password: `${id}-password` };
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);

  // Signed in already, or just now: the page the user came for, else their first coalition.
  if (session.data) return <Navigate to={next ?? homePath(session.data)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zSignInBody.safeParse(values);
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, values, t));
      return;
    }
    setErrors(NO_ERRORS);
    // mutateAsync: the page leaves as soon as the session is there, and a mutate callback would go with it.
    signIn.mutateAsync(parsed.data).then(
      (session) => {
        if (locale !== localeOnArrival.current) {
          // Chosen on this page just now: that choice is the person's, and goes with the account.
          if (session.user.locale !== locale) saveAccountLocale(queryClient, locale);
        } else if (session.user.locale !== locale) {
          // Otherwise the account's language, chosen on another device or an earlier visit.
          setLocale(session.user.locale);
        }
      },
      (error) => setErrors(formErrorsFromApi(error, t, FIELDS)),
    );
  };

  return (
    <AuthFrame title={t('auth.signIn.title')} description={t('auth.signIn.description')}>
      {session.isPending ? (
        <Loading />
      ) : (
        <>
          <ErrorSummary errors={errors} fieldIds={ids} />
          <form className="form" noValidate onSubmit={submit}>
            <TextField
              id={ids.email}
              label={t('auth.field.email')}
              type="email"
              name="email"
              autoComplete="username"
              spellCheck={false}
              value={values.email}
              error={errors.fields.email}
              onChange={(event) => setValues({ ...values, email: event.target.value })}
            />
            <TextField
              id={ids.password}
              label={t('auth.field.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={values.password}
              error={errors.fields.password}
              onChange={(event) => setValues({ ...values, password: event.target.value })}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={signIn.isPending}>
                {signIn.isPending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
              </button>
              <Link to={PATHS.forgotPassword}>{t('auth.signIn.forgot')}</Link>
            </div>
          </form>
        </>
      )}
    </AuthFrame>
  );
}
