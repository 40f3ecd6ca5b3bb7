import type { DraftSaved, RespondAnswers, RespondLinkError, RespondQuestionnaire } from '@tks/shared/schemas/respond';

/*
 * The three calls of a personal link. Plain fetch: the page is its own small entry without the
 * app's query cache. The token in the path is the only credential; no cookie is needed.
 */

export type LoadFailure = RespondLinkError | 'too_many_requests' | 'network';

export class RespondError extends Error {
  constructor(
    readonly kind: LoadFailure | 'answers_empty' | 'answers_invalid',
    readonly status: number,
  ) {
    super(kind);
  }
}

const LINK_ERRORS = new Set<string>([
  'questionnaire_link_unknown',
  'questionnaire_link_used',
  'questionnaire_closed',
  'questionnaire_not_open',
  'answers_empty',
  'answers_invalid',
  'too_many_requests',
]);

async function call<T>(
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  locale: string,
  body?: unknown,
  keepalive = false,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/respond/${path}`, {
      method,
      headers: {
        accept: 'application/json',
        'accept-language': locale,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      cache: 'no-store',
      keepalive,
    });
  } catch {
    throw new RespondError('network', 0);
  }
  if (response.ok) return (await response.json()) as T;
  const error = (await response.json().catch(() => null)) as { code?: string } | null;
  const code = error?.code ?? '';
  throw new RespondError(LINK_ERRORS.has(code) ? (code as LoadFailure) : 'network', response.status);
}

const encoded = (token: string) => encodeURIComponent(token);

export const loadQuestionnaire = (token: string, locale: string) =>
  call<RespondQuestionnaire>('GET', encoded(token), locale);

/** `keepalive` lets the last save finish while the page is being closed. */
export const saveDraft = (token: string, answers: RespondAnswers, locale: string, keepalive = false) =>
  call<DraftSaved>('PUT', `${encoded(token)}/draft`, locale, answers, keepalive);

export const submitAnswers = (token: string, answers: RespondAnswers, locale: string) =>
  call<{ submitted: true }>('POST', `${encoded(token)}/submit`, locale, answers);
