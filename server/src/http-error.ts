import type { Locale } from '@tks/shared/locale';
import type { ErrorCode } from './i18n/messages';

/** A rule a service checks beyond the schema, tied to the field where it can be fixed. */
export interface LocalizedFieldError {
  /** As in schema validation errors: `body.colourBands.1.from`. */
  path: string;
  message: Record<Locale, string>;
}

/** An expected failure a service raises; the error handler turns it into the API's error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly fieldErrors?: readonly LocalizedFieldError[],
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

export const notFound = (code: Extract<ErrorCode, `${string}not_found`> = 'not_found') => new HttpError(404, code);
