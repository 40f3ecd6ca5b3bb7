import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useLocale';
import { type FormErrors, hasErrors } from './formErrors';

interface ErrorSummaryProps<F extends string> {
  errors: FormErrors<F>;
  /** The DOM id of each field, so every message links to where it can be fixed. */
  fieldIds: Record<F, string>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  // The browser would only scroll to the field; moving focus into it lets the user type at once.
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/**
 * Above the form, taking focus each time a submission fails, so keyboard and screen-reader users
 * learn at once what went wrong and can jump to each field (the GOV.UK error-summary pattern).
 */
export function ErrorSummary<F extends string>({ errors, fieldIds }: ErrorSummaryProps<F>) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const visible = hasErrors(errors);

  useEffect(() => {
    // A new errors object means a new failed submission, even when the text is the same as before.
    if (hasErrors(errors)) ref.current?.focus();
  }, [errors]);

  if (!visible) return null;
  const fieldEntries = (Object.keys(fieldIds) as F[]).flatMap((field) => {
    const message = errors.fields[field];
    return message ? [{ field, message }] : [];
  });
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary__title">
        {t('form.errorSummary.title')}
      </h2>
      <ul className="error-summary__list">
        {errors.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fieldEntries.map(({ field, message }) => (
          <li key={field}>
            <a href={`#${fieldIds[field]}`} onClick={(event) => focusField(event, fieldIds[field])}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
