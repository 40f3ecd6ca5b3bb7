import { zCoalition, zCoalitionList } from '@tks/shared/schemas/coalitions';
import { describe, expect, it } from 'vitest';
import { apiError, coalitionList, requestedLanguages, sentRequests, stubApi } from '../test/api';
import { ApiError, apiGet, apiSend, setCsrfToken, setRequestLocale } from './client';

describe('apiGet', () => {
  it('returns the parsed body and asks for the chosen language', async () => {
    const fetchSpy = stubApi({ '/api/coalitions': { status: 200, body: coalitionList } });
    setRequestLocale('en');
    try {
      await expect(apiGet('/api/coalitions', zCoalitionList)).resolves.toEqual(coalitionList);
    } finally {
      setRequestLocale('nl');
    }
    expect(requestedLanguages(fetchSpy)).toEqual(['en']);
  });

  it('throws an ApiError that carries the server’s error payload', async () => {
    const failure = apiError(422, 'validation_failed', 'Controleer de invoer.');
    stubApi({ '/api/coalitions': failure });
    const error = await apiGet('/api/coalitions', zCoalitionList).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'server',
      statusCode: 422,
      code: 'validation_failed',
      message: 'Controleer de invoer.',
    });
    expect((error as ApiError).toJSON()).toEqual(failure.body);
  });

  it('refuses a body that does not match the contract', async () => {
    stubApi({ '/api/coalitions': { status: 200, body: { coalitions: [{ id: 'one' }] } } });
    await expect(apiGet('/api/coalitions', zCoalitionList)).rejects.toMatchObject({
      kind: 'invalid_response',
      code: 'invalid_response',
    });
  });

  it('reports an answer without the error shape as an unexpected response', async () => {
    stubApi({ '/api/coalitions': { status: 502, body: 'Bad Gateway' } });
    await expect(apiGet('/api/coalitions', zCoalitionList)).rejects.toMatchObject({
      kind: 'invalid_response',
      statusCode: 502,
    });
  });
});

describe('apiSend', () => {
  const westland = { id: 2, slug: 'westland', name: 'Coalitie Westland', municipality: 'Westland' };

  it('sends JSON with the stored CSRF token and parses the answer', async () => {
    const fetchSpy = stubApi({ 'POST /api/admin/coalitions': { status: 201, body: westland } });
    setCsrfToken('token-1');
    await expect(apiSend('POST', '/api/admin/coalitions', { slug: 'westland' }, zCoalition)).resolves.toEqual(westland);
    const [request] = sentRequests(fetchSpy);
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toEqual({ slug: 'westland' });
  });

  it('asks for a token first when it has none (before sign-in)', async () => {
    const fetchSpy = stubApi({
      '/api/auth/csrf': { status: 200, body: { csrfToken: 'token-new' } },
      'DELETE /api/coalitions/delft/share-links/4': { status: 204 },
    });
    await expect(apiSend('DELETE', '/api/coalitions/delft/share-links/4')).resolves.toBeUndefined();
    const requests = sentRequests(fetchSpy);
    expect(requests.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      'GET /api/auth/csrf',
      'DELETE /api/coalitions/delft/share-links/4',
    ]);
    expect(requests[1]?.headers.get('X-CSRF-Token')).toBe('token-new');
    // No body, so no claim that there is JSON in it (Fastify refuses an empty JSON body).
    expect(requests[1]?.headers.get('Content-Type')).toBeNull();
  });

  it('fetches a new token and tries once more when the server refuses the old one', async () => {
    let attempts = 0;
    const fetchSpy = stubApi({
      '/api/auth/csrf': { status: 200, body: { csrfToken: 'token-2' } },
      'POST /api/auth/sign-out': ({ headers }) => {
        attempts += 1;
        return headers.get('X-CSRF-Token') === 'token-2'
          ? { status: 204 }
          : apiError(403, 'csrf_invalid', 'Uw sessie is verlopen of de pagina is verouderd.');
      },
    });
    setCsrfToken('token-stale');
    await expect(apiSend('POST', '/api/auth/sign-out')).resolves.toBeUndefined();
    expect(attempts).toBe(2);
    expect(sentRequests(fetchSpy).filter((request) => request.url.pathname === '/api/auth/csrf')).toHaveLength(1);
  });

  it('gives up after one retry', async () => {
    const refused = apiError(403, 'csrf_invalid', 'Uw sessie is verlopen of de pagina is verouderd.');
    const fetchSpy = stubApi({
      '/api/auth/csrf': { status: 200, body: { csrfToken: 'token-2' } },
      'POST /api/auth/sign-out': refused,
    });
    setCsrfToken('token-stale');
    await expect(apiSend('POST', '/api/auth/sign-out')).rejects.toMatchObject({ code: 'csrf_invalid' });
    expect(sentRequests(fetchSpy).filter((request) => request.method === 'POST')).toHaveLength(2);
  });

  it('does not retry other refusals', async () => {
    const fetchSpy = stubApi({ 'DELETE /api/coalitions/delft/members/7': apiError(403, 'forbidden', 'Geen toegang.') });
    setCsrfToken('token-1');
    await expect(apiSend('DELETE', '/api/coalitions/delft/members/7')).rejects.toMatchObject({
      statusCode: 403,
      code: 'forbidden',
    });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
