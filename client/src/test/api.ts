import type { CoalitionRole } from '@tks/shared/domain';
import { type AuditPage, zAuditPage } from '@tks/shared/schemas/audit';
import { type SessionInfo, zSessionInfo } from '@tks/shared/schemas/auth';
import {
  type CoalitionList,
  type CoalitionSummary,
  zCoalitionList,
  zCoalitionSummary,
} from '@tks/shared/schemas/coalitions';
import { type ApiError, zApiError } from '@tks/shared/schemas/errors';
import { type IndicatorList, zIndicatorList } from '@tks/shared/schemas/indicators';
import { type MemberList, zMemberList } from '@tks/shared/schemas/members';
import { type OrganisationList, zOrganisationList } from '@tks/shared/schemas/organisations';
import { zOutbox } from '@tks/shared/schemas/outbox';
import { zShareLinkList } from '@tks/shared/schemas/share-links';
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

const DELFT_MEMBERSHIP = { coalition: { id: 1, slug: 'delft', name: 'Coalitie Kansrijke Start Delft' } };

/** A signed-in user with one role in Delft; the default is the coordinator every page is open to. */
export function sessionAs(role: CoalitionRole, overrides: Partial<SessionInfo> = {}): SessionInfo {
  return zSessionInfo.parse({
    user: { id: 7, email: 'anna@example.nl', name: 'Anna de Vries', locale: 'nl', isPlatformAdmin: false },
    memberships: [
      {
        ...DELFT_MEMBERSHIP,
        role,
        organisationId: role === 'partner' ? 2 : null,
        organisationName: role === 'partner' ? 'Sociaal Wijkteam Delft' : null,
      },
    ],
    csrfToken: 'csrf-from-session',
    expiresAt: '2026-12-01T12:00:00.000Z',
    ...overrides,
  });
}

export const coordinatorSession: SessionInfo = sessionAs('coordinator');

export const delftMembers: MemberList = zMemberList.parse({
  members: [
    {
      userId: 7,
      name: 'Anna de Vries',
      email: 'anna@example.nl',
      role: 'coordinator',
      organisationId: null,
      organisationName: null,
      lastLoginAt: '2026-11-20T09:15:00.000Z',
    },
    {
      userId: 8,
      name: 'Bram Jansen',
      email: 'bram@example.nl',
      role: 'partner',
      organisationId: 2,
      organisationName: 'Sociaal Wijkteam Delft',
      lastLoginAt: null,
    },
  ],
  invitations: [
    {
      id: 3,
      email: 'carla@example.nl',
      role: 'director',
      organisationId: null,
      createdAt: '2026-11-18T10:00:00.000Z',
      expiresAt: '2026-12-02T10:00:00.000Z',
    },
  ],
});

export function auditPage(ids: readonly number[], nextBefore: number | null): AuditPage {
  return zAuditPage.parse({
    entries: ids.map((id) => ({
      id,
      createdAt: '2026-11-20T14:05:00.000Z',
      actor: 'user:7',
      userId: 7,
      userName: 'Anna de Vries',
      action: 'update',
      entityType: `indicator-${id}`,
      entityId: String(id),
      before: { target: 30 },
      after: { target: 35 },
    })),
    nextBefore,
  });
}

export const delftOutbox = zOutbox.parse({
  messages: [
    {
      id: 1,
      toAddress: 'carla@example.nl',
      subject: 'Uitnodiging voor Coalitie Kansrijke Start Delft',
      bodyText: 'Beste Carla,\n\nOpen https://thermometer.example.nl/invitation?token=abc om mee te doen.',
      createdAt: '2026-11-18T10:00:00.000Z',
      transport: 'outbox',
      sentAt: null,
      error: null,
    },
  ],
});

export const delftShareLinks = zShareLinkList.parse({ shareLinks: [] });

export type StubResponse = { status: number; body?: unknown } | typeof NETWORK_DOWN;

/** What the stub hands a reply function: the request as the server would see it. */
export interface StubRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type StubReply = StubResponse | ((request: StubRequest) => StubResponse);

/** Stands for a request that never reaches the server (offline, DNS, a dropped connection). */
export const NETWORK_DOWN = 'network-down';

export function apiError(
  statusCode: number,
  code: string,
  message: string,
  fieldErrors?: ApiError['fieldErrors'],
): { status: number; body: ApiError } {
  const body: ApiError = zApiError.parse({ statusCode, code, message, fieldErrors });
  return { status: statusCode, body };
}

export const UNAUTHENTICATED = apiError(401, 'unauthenticated', 'U bent niet ingelogd.');
/** What GET /api/auth/session answers when nobody is signed in. */
export const SIGNED_OUT: StubReply = { status: 200, body: null };

/**
 * What a healthy server answers for the Delft coalition with a coordinator signed in. A plain path
 * answers GET; other methods are listed as "POST /api/...".
 */
export function delftApi(): Record<string, StubReply> {
  return {
    '/api/auth/session': { status: 200, body: coordinatorSession },
    '/api/auth/csrf': { status: 200, body: { csrfToken: 'csrf-fresh' } },
    '/api/coalitions': { status: 200, body: coalitionList },
    '/api/coalitions/delft': { status: 200, body: delftSummary },
    '/api/coalitions/delft/indicators': { status: 200, body: delftIndicators },
    '/api/coalitions/delft/organisations': { status: 200, body: delftOrganisations },
    '/api/coalitions/delft/members': { status: 200, body: delftMembers },
    '/api/coalitions/delft/share-links': { status: 200, body: delftShareLinks },
    '/api/coalitions/delft/audit-log': { status: 200, body: auditPage([], null) },
    '/api/coalitions/delft/outbox': { status: 200, body: delftOutbox },
  };
}

function parseBody(body: RequestInit['body']): unknown {
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * Replaces `fetch`, the app's only way out, with answers by method and path; anything unlisted gets
 * the 404 the real server would give. Returns the spy so tests can look at what was requested.
 */
export function stubApi(responses: Record<string, StubReply> = delftApi()) {
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const listed = responses[`${method} ${url.pathname}`] ?? (method === 'GET' ? responses[url.pathname] : undefined);
    const request: StubRequest = { method, url, headers: new Headers(init?.headers), body: parseBody(init?.body) };
    const reply =
      (typeof listed === 'function' ? listed(request) : listed) ??
      apiError(404, 'not_found', `Niet gevonden: ${method} ${url.pathname}`);
    if (reply === NETWORK_DOWN) throw new TypeError('Failed to fetch');
    const hasBody = reply.status !== 204 && reply.body !== undefined;
    return new Response(hasBody ? JSON.stringify(reply.body) : null, {
      status: reply.status,
      headers: hasBody ? { 'Content-Type': 'application/json' } : {},
    });
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

/** Every request made so far, in order, as the server would have received it. */
export function sentRequests(spy: ReturnType<typeof stubApi>): StubRequest[] {
  return spy.mock.calls.map(([input, init]) => ({
    method: (init?.method ?? 'GET').toUpperCase(),
    url: new URL(input instanceof Request ? input.url : String(input), 'http://localhost'),
    headers: new Headers(init?.headers),
    body: parseBody(init?.body),
  }));
}

/** The Accept-Language header of every request made so far, in order. */
export function requestedLanguages(spy: ReturnType<typeof stubApi>): (string | null)[] {
  return spy.mock.calls.map(([, init]) => new Headers(init?.headers).get('Accept-Language'));
}
