import type { Locale } from '@tks/shared/locale';
import { zCsrfToken } from '@tks/shared/schemas/auth';
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

/** True for an answer from our own server with this status (and code, when given). */
export function isServerError(error: unknown, statusCode: number, code?: string): error is ApiError {
  return (
    isApiError(error) && error.kind === 'server' && error.statusCode === statusCode && (!code || error.code === code)
  );
}

// Query functions run outside React, so the language for Accept-Language is kept here and set by
// the LocaleProvider whenever the user's choice changes.
let requestLocale: Locale = 'nl';

export function setRequestLocale(locale: Locale): void {
  requestLocale = locale;
}

// Likewise the CSRF token: the session query stores it here each time it learns the current one.
let csrfToken: string | null = null;
let pendingCsrfToken: Promise<string> | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export const CSRF_HEADER = 'X-CSRF-Token';
const CSRF_PATH = '/api/auth/csrf';

export interface ApiRequestOptions {
  signal?: AbortSignal;
}

export type SendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function request(
  method: 'GET' | SendMethod,
  path: string,
  { body, token, signal }: { body?: unknown; token?: string; signal?: AbortSignal },
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': requestLocale };
  // Only with a body: Fastify refuses an empty body that claims to be JSON.
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token !== undefined) headers[CSRF_HEADER] = token;
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    // Cancellation is TanStack Query's business, not an error to show.
    if (signal?.aborted) throw cause;
    throw new ApiError({ statusCode: 0, code: 'network_error', message: `Could not reach ${path}` }, 'network', {
      cause,
    });
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  const parsed = zApiError.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data, 'server');
  // A proxy or a crashed process answers without our error shape.
  return new ApiError(
    { statusCode: response.status, code: 'http_error', message: `${response.status} ${response.statusText}` },
    'invalid_response',
  );
}

function parseWith<S extends z.ZodType>(schema: S, body: unknown, response: Response, path: string): z.output<S> {
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

/** GET a JSON resource and hand back exactly what the shared contract says it holds. */
export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: ApiRequestOptions = {},
): Promise<z.output<S>> {
  const response = await request('GET', path, { signal: options.signal });
  const body = await readJson(response);
  if (!response.ok) throw errorFrom(response, body);
  return parseWith(schema, body, response, path);
}

/** A fresh token from the server; parallel callers share one request. */
function refreshCsrfToken(): Promise<string> {
  pendingCsrfToken ??= apiGet(CSRF_PATH, zCsrfToken)
    .then(({ csrfToken: token }) => {
      csrfToken = token;
      return token;
    })
    .finally(() => {
      pendingCsrfToken = null;
    });
  return pendingCsrfToken;
}

/**
 * Send a change as JSON with the CSRF token. Before sign-in there is no session to take the token
 * from, so one is fetched first; a token the server no longer accepts (a new session, a restart)
 * is refreshed and the request tried once more.
 */
export async function apiSend<S extends z.ZodType>(
  method: SendMethod,
  path: string,
  body: unknown,
  schema: S,
): Promise<z.output<S>>;
/** Send a change whose answer carries nothing the caller needs (typically 204). */
export async function apiSend(method: SendMethod, path: string, body?: unknown): Promise<undefined>;
export async function apiSend(method: SendMethod, path: string, body?: unknown, schema?: z.ZodType): Promise<unknown> {
  let response = await request(method, path, { body, token: csrfToken ?? (await refreshCsrfToken()) });
  let responseBody = await readJson(response);
  if (!response.ok) {
    const error = errorFrom(response, responseBody);
    if (!isServerError(error, 403, 'csrf_invalid')) throw error;
    response = await request(method, path, { body, token: await refreshCsrfToken() });
    responseBody = await readJson(response);
    if (!response.ok) throw errorFrom(response, responseBody);
  }
  if (!schema) return undefined;
  return parseWith(schema, response.status === 204 ? undefined : responseBody, response, path);
}

/**
 * POST a file as the raw request body (its name travels in the query), with the CSRF token.
 * Statuses in `alsoAccept` carry a body of the same schema (an import rejected with 422 still
 * answers with its full result), so they are returned rather than thrown.
 */
export async function apiUpload<S extends z.ZodType>(
  path: string,
  file: Blob,
  schema: S,
  alsoAccept: readonly number[] = [],
): Promise<z.output<S>> {
  const send = async (token: string) => {
    try {
      return await fetch(path, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Accept-Language': requestLocale,
          'Content-Type': 'application/octet-stream',
          [CSRF_HEADER]: token,
        },
        body: file,
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw new ApiError({ statusCode: 0, code: 'network_error', message: `Could not reach ${path}` }, 'network', {
        cause,
      });
    }
  };
  let response = await send(csrfToken ?? (await refreshCsrfToken()));
  let body = await readJson(response);
  if (!response.ok && !alsoAccept.includes(response.status)) {
    const error = errorFrom(response, body);
    if (!isServerError(error, 403, 'csrf_invalid')) throw error;
    response = await send(await refreshCsrfToken());
    body = await readJson(response);
    if (!response.ok && !alsoAccept.includes(response.status)) throw errorFrom(response, body);
  }
  return parseWith(schema, body, response, path);
}
