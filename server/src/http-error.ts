import type { ErrorCode } from './i18n/messages';

/** An expected failure a service raises; the error handler turns it into the API's error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

export const notFound = (code: Extract<ErrorCode, `${string}not_found`> = 'not_found') => new HttpError(404, code);
