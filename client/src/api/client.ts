import type { Locale } from '@tks/shared/locale';
import { type ApiError as ApiErrorBody, zApiError } from '@tks/shared/schemas/errors';
import type { z } from 'zod';

/**
 * Where a failure came from decides what the user is told: the server's own message is already in
 * the user's language, the other two are explained by the client.
 */
export type ApiErrorKind = 'server' | 'network' | 'invalid_response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly statusCode: number;
  readonly code: string;
  readonly fieldErrors: ApiErrorBody['fieldErrors'];

  constructor(body: ApiErrorBody, kind: ApiErrorKind = 'server', options?: { cause?: unknown }) {
    super(body.message, options);
    this.kind = kind;
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.fieldErrors = body.fieldErrors;
  }

  /** The payload as the server sent it (or as close as the client can reconstruct it). */
  toJSON(): ApiErrorBody {
    return {
      statusCode: this.statusCode,
      code: this.code,
      message: this.message,
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
    };
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// Query functions run outside React, so the language for Accept-Language is kept here and set by
// the LocaleProvider whenever the user's choice changes.
let requestLocale: Locale = 'nl';

export function setRequestLocale(locale: Locale): void {
  requestLocale = locale;
}

export interface ApiRequestOptions {
  signal?: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** GET a JSON resource and hand back exactly what the shared contract says it holds. */
export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: ApiRequestOptions = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      headers: { Accept: 'application/json', 'Accept-Language': requestLocale },
      signal: options.signal,
    });
  } catch (cause) {
    // Cancellation is TanStack Query's business, not an error to show.
    if (options.signal?.aborted) throw cause;
    throw new ApiError({ statusCode: 0, code: 'network_error', message: `Could not reach ${path}` }, 'network', {
      cause,
    });
  }

  const body = await readJson(response);

  if (!response.ok) {
    const parsed = zApiError.safeParse(body);
    if (parsed.success) throw new ApiError(parsed.data, 'server');
    // A proxy or a crashed process answers without our error shape.
    throw new ApiError(
      { statusCode: response.status, code: 'http_error', message: `${response.status} ${response.statusText}` },
      'invalid_response',
    );
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      { statusCode: response.status, code: 'invalid_response', message: `Unexpected response from ${path}` },
      'invalid_response',
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
