import type { z } from 'zod';
import { isApiError } from '../../api/client';
import type { Translate } from '../../i18n/translate';
import { describeError } from '../ErrorState';

/** What went wrong with a form: messages about single fields, and messages about the whole form. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  messages: readonly string[];
}

export const NO_ERRORS: FormErrors<never> = { fields: {}, messages: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.messages.length > 0 || Object.keys(errors.fields).length > 0;
}

/** "body.organisationId" (the server's path) or ["organisationId"] (zod's) → "organisationId". */
function fieldOf(path: string | readonly PropertyKey[], fields: readonly string[]): string | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [first, second] = parts;
  const name = first === 'body' || first === 'querystring' || first === 'params' ? second : first;
  return name !== undefined && fields.includes(name) ? name : null;
}

/**
 * A failed request, told as the form's errors: the server's field errors go beside their fields,
 * everything else (wrong password, too many attempts, no connection) above the form.
 */
export function formErrorsFromApi<F extends string>(
  error: unknown,
  t: Translate,
  fields: readonly F[],
  /** Error codes that concern one field, e.g. `{ slug_taken: 'slug' }`: their message goes beside it. */
  codeFields: Partial<Record<string, F>> = {},
): FormErrors<F> {
  const result: { fields: Partial<Record<F, string>>; messages: string[] } = { fields: {}, messages: [] };
  if (isApiError(error) && error.kind === 'server') {
    const field = codeFields[error.code];
    if (field !== undefined) {
      result.fields[field] = error.message;
      return result;
    }
  }
  if (isApiError(error) && error.kind === 'server' && error.fieldErrors?.length) {
    for (const fieldError of error.fieldErrors) {
      const field = fieldOf(fieldError.path, fields) as F | null;
      if (field === null) result.messages.push(fieldError.message);
      else result.fields[field] ??= fieldError.message;
    }
    return result;
  }
  result.messages.push(describeError(error, t));
  return result;
}

/** An empty text field fails `min(1)` or an e-mail check; both read better as "fill this in". */
function isRequiredIssue(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return true;
  return typeof input === 'string' && input.trim() === '';
}

function messageForIssue(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return t('form.error.tooShort', { n: Number(issue.minimum) });
      }
      return t('form.error.tooLow', { n: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('form.error.tooLong', { n: Number(issue.maximum) });
      return t('form.error.tooHigh', { n: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('form.error.email') : t('form.error.invalid');
    default:
      return t('form.error.invalid');
  }
}

/**
 * The shared schema checks the form before it is sent, so the rules are written once; zod's own
 * words are replaced by ours, in the user's language. `values` are the raw form values (their keys
 * are the form's fields); `messages` gives a field its own wording (a slug pattern, a rule that links
 * two fields).
 */
export function formErrorsFromZod<F extends string>(
  error: z.ZodError,
  values: Partial<Record<F, unknown>>,
  t: Translate,
  messages: Partial<Record<F, string>> = {},
): FormErrors<F> {
  const fields = Object.keys(values) as F[];
  const result: { fields: Partial<Record<F, string>>; messages: string[] } = { fields: {}, messages: [] };
  for (const issue of error.issues) {
    const field = fieldOf(issue.path, fields) as F | null;
    if (field === null) {
      result.messages.push(messageForIssue(issue, t));
      continue;
    }
    const own = messages[field];
    // A rule that links fields ("a partner needs an organisation") explains itself better than "required".
    if (own !== undefined && issue.code === 'custom') result.fields[field] ??= own;
    else if (isRequiredIssue(issue, values[field])) result.fields[field] ??= t('form.error.required');
    else result.fields[field] ??= own ?? messageForIssue(issue, t);
  }
  return result;
}
