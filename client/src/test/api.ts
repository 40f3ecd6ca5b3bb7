import {
  type CoalitionList,
  type CoalitionSummary,
  zCoalitionList,
  zCoalitionSummary,
} from '@tks/shared/schemas/coalitions';
import { type ApiError, zApiError } from '@tks/shared/schemas/errors';
import { type IndicatorList, zIndicatorList } from '@tks/shared/schemas/indicators';
import { type OrganisationList, zOrganisationList } from '@tks/shared/schemas/organisations';
import { vi } from 'vitest';

/**
 * Fixtures pass through the shared schemas, so a contract change breaks the tests here rather
 * than letting them exercise a shape the server no longer sends.
 */
export const coalitionList: CoalitionList = zCoalitionList.parse({
  coalitions: [{ id: 1, slug: 'delft', name: 'Coalitie Kansrijke Start Delft', municipality: 'Delft' }],
});

export const delftSummary: CoalitionSummary = zCoalitionSummary.parse({
  id: 1,
  slug: 'delft',
  name: 'Coalitie Kansrijke Start Delft',
  municipality: 'Delft',
  minGroupSize: 5,
  counts: { organisations: 9, indicators: 24, rounds: 3, responses: 41, openActions: 7 },
  latestQuarter: '2026-Q3',
});

export const delftIndicators: IndicatorList = zIndicatorList.parse({
  indicators: [
    {
      id: 4,
      code: 'JGZ-04',
      nameNl: 'Uitsluitend borstvoeding 3 mnd',
      nameEn: 'Exclusive breastfeeding at 3 months',
      source: 'jgz',
      component: 'meten_weten',
      unit: 'percent',
      direction: 'higher_better',
      frequency: 'yearly',
      archived: false,
      latest: { period: '2025-Q3', value: 31.5 },
    },
    {
      id: 11,
      code: 'ZIN-04',
      nameNl: 'Perinatale sterfte',
      nameEn: 'Perinatal mortality',
      source: 'zin',
      component: 'meten_weten',
      unit: 'per_1000',
      direction: 'lower_better',
      frequency: 'yearly',
      archived: false,
      latest: null,
    },
  ],
});

export const delftOrganisations: OrganisationList = zOrganisationList.parse({
  organisations: [
    { id: 1, name: 'Verloskundigenpraktijk De Wieg', shortName: null, domain: 'medical', kind: 'verloskunde' },
    { id: 2, name: 'Sociaal Wijkteam Delft', shortName: 'SWT', domain: 'social', kind: null },
  ],
});

export type StubResponse = { status: number; body: unknown } | typeof NETWORK_DOWN;

/** Stands for a request that never reaches the server (offline, DNS, a dropped connection). */
export const NETWORK_DOWN = 'network-down';

export function apiError(statusCode: number, code: string, message: string): { status: number; body: ApiError } {
  const body: ApiError = zApiError.parse({ statusCode, code, message });
  return { status: statusCode, body };
}

/** What a healthy server answers for the Delft coalition, keyed by path. */
export function delftApi(): Record<string, StubResponse> {
  return {
    '/api/coalitions': { status: 200, body: coalitionList },
    '/api/coalitions/delft': { status: 200, body: delftSummary },
    '/api/coalitions/delft/indicators': { status: 200, body: delftIndicators },
    '/api/coalitions/delft/organisations': { status: 200, body: delftOrganisations },
  };
}

/**
 * Replaces `fetch`, the app's only way out, with answers by path; anything unlisted gets the 404
 * the real server would give. Returns the spy so tests can look at what was requested.
 */
export function stubApi(responses: Record<string, StubResponse> = delftApi()) {
  const spy = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const reply = responses[url.pathname] ?? apiError(404, 'not_found', `Niet gevonden: ${url.pathname}`);
    if (reply === NETWORK_DOWN) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

/** The Accept-Language header of every request made so far, in order. */
export function requestedLanguages(spy: ReturnType<typeof stubApi>): (string | null)[] {
  return spy.mock.calls.map(([, init]) => new Headers(init?.headers).get('Accept-Language'));
}
