import { zPasswordResetConfirmBody, zTokenParams } from '@tks/shared/schemas/auth';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isServerError } from '../../api/client';
import { PATHS } from '../../app/paths';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { type FormErrors, formErrorsFromApi, formErrorsFromZod, NO_ERRORS } from '../../components/form/formErrors';
import { useT } from '../../i18n/useLocale';
import { AuthFrame } from './AuthFrame';
import { useConfirmPasswordResetMutation } from './mutations';
import { NewPasswordField } from './NewPasswordField';

const FIELDS = ['password'] as const;
type Field = (typeof FIELDS)[number];

export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordResetMutation();
  const id = useId();
  const ids: Record<Field, string> = { password: `${id}-password` };
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);

  if (confirm.isSuccess) {
    return (
      <AuthFrame title={t('auth.reset.done.title')}>
        <div className="callout" role="status">
          <p>{t('auth.reset.done.body')}</p>
        </div>
        <p>
          <Link to={PATHS.signIn} className="button button--primary">
            {t('auth.signIn.submit')}
          </Link>
        </p>
      </AuthFrame>
    );
  }

  // A link cut short by a mail program is as unusable as an expired one.
  if (!zTokenParams.safeParse({ token }).success || isServerError(confirm.error, 400, 'token_invalid')) {
    return (
      <AuthFrame title={t('auth.reset.invalid.title')}>
        <p>{isServerError(confirm.error, 400) ? confirm.error.message : t('auth.reset.invalid.body')}</p>
        <p>
          <Link to={PATHS.forgotPassword} className="button button--primary">
            {t('auth.reset.invalid.again')}
          </Link>
        </p>
      </AuthFrame>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = zPasswordResetConfirmBody.safeParse({ token, password });
    if (!parsed.success) {
      setErrors(formErrorsFromZod(parsed.error, { password }, t));
      return;
    }
    setErrors(NO_ERRORS);
    confirm.mutate(parsed.data, { onError: (error) => setErrors(formErrorsFromApi(error, t, FIELDS)) });
  };

  return (
    <AuthFrame title={t('auth.reset.title')} description={t('auth.reset.description')}>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form" noValidate onSubmit={submit}>
        <NewPasswordField id={ids.password} value={password} error={errors.fields.password} onChange={setPassword} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {t('auth.reset.submit')}
          </button>
        </div>
      </form>
    </AuthFrame>
  );
}
