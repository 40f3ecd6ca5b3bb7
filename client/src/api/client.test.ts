import { zCoalitionList } from '@tks/shared/schemas/coalitions';
import { describe, expect, it } from 'vitest';
import { apiError, coalitionList, requestedLanguages, stubApi } from '../test/api';
import { ApiError, apiGet, setRequestLocale } from './client';

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
