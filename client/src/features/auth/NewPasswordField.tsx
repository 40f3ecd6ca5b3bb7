import { useId, useState } from 'react';
import { TextField } from '../../components/form/Field';
import { useT } from '../../i18n/useLocale';

interface NewPasswordFieldProps {
  id: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * A new password with the rule said up front and a way to see what was typed, instead of a second
 * field to type it again (fewer mistakes, and password managers fill one field).
 */
export function NewPasswordField({ id, value, error, onChange }: NewPasswordFieldProps) {
  const t = useT();
  const showId = useId();
  const [shown, setShown] = useState(false);
  return (
    <div className="new-password">
      <TextField
        id={id}
        label={t('auth.field.newPassword')}
        hint={t('auth.field.newPassword.hint')}
        type={shown ? 'text' : 'password'}
        name="new-password"
        autoComplete="new-password"
        spellCheck={false}
        minLength={12}
        value={value}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="checkbox">
        <input id={showId} type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        <label htmlFor={showId}>{t('auth.field.showPassword')}</label>
      </div>
    </div>
  );
}
