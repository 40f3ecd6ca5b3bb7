import { zPasswordResetRequestBody } from '@tks/shared/schemas/auth';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { useT } from '../../i18n/useLocale';
import { AuthFrame } from './AuthFrame';
import { useRequestPasswordResetMutation } from './mutations';

const FIELDS = ['email'] as const;
type Field = (typeof FIELDS)[number];

export function ForgotPasswordPage() {
  const t = useT();
  const request = useRequestPasswordResetMutation();
  const id = useId();
  const ids: Record<Field, string> = { email: `${id}-email` };
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zPasswordResetRequestBody.safeParse({ email });
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, { email }, t));
      return;
    }
    setErrors(NO_ERRORS);
    request.mutate(parsed.data, { onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)) });
  };

  return (
    <AuthFrame title={t('auth.forgot.title')} description={t('auth.forgot.description')}>
      {request.isSuccess ? (
        // The same answer whether or not an account exists, so the page reveals nothing either.
        <div className="callout" role="status">
          <h2 className="callout__title">{t('auth.forgot.sent.title')}</h2>
          <p>{t('auth.forgot.sent.body', { email: request.variables.email })}</p>
          <p>
            <Link to={PATHS.signIn}>{t('auth.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <ErrorSummary errors={errors} fieldIds={ids} />
          <form className="form" noValidate onSubmit={submit}>
            <TextField
              id={ids.email}
              label={t('auth.field.email')}
              type="email"
              name="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              error={errors.fields.email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={request.isPending}>
                {t('auth.forgot.submit')}
              </button>
              <Link to={PATHS.signIn}>{t('auth.backToSignIn')}</Link>
            </div>
          </form>
        </>
      )}
    </AuthFrame>
  );
}
