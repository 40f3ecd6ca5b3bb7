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
import { type Measure, type Thermometer, zThermometer } from '@tks/shared/schemas/thermometer';
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

/** The eight quarters of a sparkline ending in 2026-Q3, oldest first, with the scores given (null = no score). */
function sparkline(scores: readonly (number | null)[]) {
  const quarters = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];
  return quarters.map((quarter, i) => ({ quarter, score: scores[i] ?? null }));
}

const NO_REFERENCES = { target: null, baseline: null, reference: null } as const;

function dimension(code: string, nameNl: string, nameEn: string, rest: Partial<Measure> = {}): Measure {
  return {
    key: `dimension:${code}`,
    kind: 'questionnaire',
    code,
    nameNl,
    nameEn,
    status: 'scored',
    score: 70,
    weight: 1,
    period: '2026-Q3',
    value: 3.8,
    unit: 'agree_1_5',
    direction: 'higher_better',
    ...NO_REFERENCES,
    n: 12,
    indicatorId: null,
    ...rest,
  };
}

/**
 * Delft in 2026-Q3: four of five components scored, one without a score (too few respondents and
 * a register without entries), changes that are and are not meaningful, measures in every status.
 */
export const delftThermometer: Thermometer = zThermometer.parse({
  coalition: { slug: 'delft', name: 'Coalitie Kansrijke Start Delft' },
  quarter: '2026-Q3',
  availableQuarters: ['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2'],
  bands: [
    { from: 0, to: 50, code: 'attention' },
    { from: 50, to: 75, code: 'developing' },
    { from: 75, to: 100, code: 'strong' },
  ],
  overall: {
    score: 66.5,
    band: 'developing',
    componentsWithData: 4,
    componentsTotal: 5,
    previousQuarter: { quarter: '2026-Q2', score: 60.5, change: 6, meaningful: true },
    sameQuarterLastYear: { quarter: '2025-Q3', score: 65, change: 1.5, meaningful: false },
  },
  components: [
    {
      code: 'meten_weten',
      score: 64.5,
      band: 'developing',
      coverage: { scored: 3, total: 4 },
      previousQuarter: { quarter: '2026-Q2', score: 58.5, change: 6, meaningful: true },
      sameQuarterLastYear: { quarter: '2025-Q3', score: null, change: null, meaningful: false },
      sparkline: sparkline([null, null, 50, 52, 55, null, 58.5, 64.5]),
      measures: [
        dimension('G', 'Meten, leren en resultaten', 'Measuring, learning and results', { score: 67.5, value: 3.7 }),
        {
          key: 'indicator:JGZ-04',
          kind: 'indicator',
          code: 'JGZ-04',
          nameNl: 'Uitsluitend borstvoeding 3 mnd',
          nameEn: 'Exclusive breastfeeding at 3 months',
          status: 'scored',
          score: 55,
          weight: 1,
          period: '2025-H2',
          value: 31.5,
          unit: 'percent',
          direction: 'higher_better',
          target: 35,
          baseline: 28,
          reference: 31,
          n: 412,
          indicatorId: 4,
        },
        {
          key: 'indicator:ZIN-01',
          kind: 'indicator',
          code: 'ZIN-01',
          nameNl: 'Late start zwangerschapszorg',
          nameEn: 'Late start of antenatal care',
          status: 'scored',
          score: 62,
          weight: 1,
          period: '2025',
          value: 18.2,
          unit: 'percent',
          direction: 'lower_better',
          target: 15,
          baseline: 22,
          reference: null,
          n: 980,
          indicatorId: 9,
        },
        {
          key: 'indicator:ZIN-04',
          kind: 'indicator',
          code: 'ZIN-04',
          nameNl: 'Perinatale sterfte',
          nameEn: 'Perinatal mortality',
          status: 'stale',
          score: null,
          weight: 1,
          period: '2024',
          value: 8.1,
          unit: 'per_1000',
          direction: 'lower_better',
          target: 7,
          baseline: null,
          reference: 7.8,
          n: null,
          indicatorId: 11,
        },
        {
          key: 'indicator:KS-01',
          kind: 'indicator',
          code: 'KS-01',
          nameNl: 'Meervoudig kwetsbaar geboren',
          nameEn: 'Born into multiple vulnerability',
          status: 'context',
          score: null,
          weight: 0,
          period: '2025',
          value: 4.2,
          unit: 'percent',
          direction: 'context',
          ...NO_REFERENCES,
          n: null,
          indicatorId: 19,
        },
        {
          key: 'indicator:JGZ-01',
          kind: 'indicator',
          code: 'JGZ-01',
          nameNl: 'Bereik prenataal huisbezoek',
          nameEn: 'Reach of prenatal home visits',
          status: 'no_target',
          score: null,
          weight: 1,
          period: '2026-Q2',
          value: 64,
          unit: 'per_100',
          direction: 'higher_better',
          ...NO_REFERENCES,
          n: 210,
          indicatorId: 1,
        },
      ],
    },
    {
      code: 'informatie_delen',
      score: 72,
      band: 'developing',
      coverage: { scored: 2, total: 2 },
      previousQuarter: { quarter: '2026-Q2', score: 71, change: 1, meaningful: false },
      sameQuarterLastYear: { quarter: '2025-Q3', score: 60, change: 12, meaningful: true },
      sparkline: sparkline([55, 57, 58, 60, 64, 69, 71, 72]),
      measures: [
        dimension('D', 'Informatie delen', 'Sharing information', { score: 70, value: 3.8 }),
        {
          key: 'register:agreements_in_use',
          kind: 'register',
          code: 'agreements_in_use',
          nameNl: 'Werkafspraken in gebruik',
          nameEn: 'Work agreements in use',
          status: 'scored',
          score: 75,
          weight: 1,
          period: '2026-Q3',
          value: 6,
          unit: 'count',
          direction: 'higher_better',
          target: 8,
          baseline: 2,
          reference: null,
          n: null,
          indicatorId: null,
        },
      ],
    },
    {
      code: 'reflecteren',
      score: null,
      band: null,
      coverage: { scored: 0, total: 2 },
      previousQuarter: { quarter: '2026-Q2', score: 45, change: null, meaningful: false },
      sameQuarterLastYear: { quarter: '2025-Q3', score: null, change: null, meaningful: false },
      sparkline: sparkline([null, 40, 42, null, 44, 45, 45, null]),
      measures: [
        dimension('E', 'Stem van cliënten en reflectie', 'Client voice and reflection', {
          status: 'suppressed',
          score: null,
          value: null,
          n: 3,
        }),
        {
          key: 'register:mirror_conversations',
          kind: 'register',
          code: 'mirror_conversations',
          nameNl: 'Spiegelgesprekken met vervolg',
          nameEn: 'Mirror conversations with follow-up',
          status: 'missing',
          score: null,
          weight: 1,
          period: null,
          value: null,
          unit: 'count',
          direction: 'higher_better',
          target: 2,
          baseline: null,
          reference: null,
          n: null,
          indicatorId: null,
        },
      ],
    },
    {
      code: 'samenwerken_leren',
      score: 81,
      band: 'strong',
      coverage: { scored: 3, total: 3 },
      previousQuarter: { quarter: '2026-Q2', score: 79.5, change: 1.5, meaningful: false },
      sameQuarterLastYear: { quarter: '2025-Q3', score: 70, change: 11, meaningful: true },
      sparkline: sparkline([68, 69, 70, 70, 74, 78, 79.5, 81]),
      measures: [
        dimension('A', 'Gedeelde doelen en eigenaarschap', 'Shared goals and ownership', { score: 82, value: 4.3 }),
        dimension('B', 'Elkaar kennen en vertrouwen', 'Knowing and trusting each other', { score: 85, value: 4.4 }),
        dimension('C', 'Mandaat, regie en betrokkenheid', 'Mandate, governance and involvement', {
          score: 76,
          value: 4.0,
        }),
      ],
    },
    {
      code: 'integraal_behandelplan',
      score: 48,
      band: 'attention',
      coverage: { scored: 1, total: 2 },
      previousQuarter: { quarter: '2026-Q2', score: 55, change: -7, meaningful: true },
      sameQuarterLastYear: { quarter: '2025-Q3', score: 50, change: -2, meaningful: false },
      sparkline: sparkline([45, 47, 50, 50, 52, 54, 55, 48]),
      measures: [
        dimension('F', 'Integraal behandelplan', 'Integrated care plan', { score: 48, value: 3.4 }),
        {
          key: 'indicator:COA-01',
          kind: 'indicator',
          code: 'COA-01',
          nameNl: 'Integraal plan kwetsbare zwangeren',
          nameEn: 'Integrated plan for vulnerable pregnant women',
          status: 'missing',
          score: null,
          weight: 1,
          period: null,
          value: null,
          unit: 'percent',
          direction: 'higher_better',
          target: 80,
          baseline: null,
          reference: null,
          n: null,
          indicatorId: 22,
        },
      ],
    },
  ],
  generatedAt: '2026-11-22T13:05:00.000Z',
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
    '/api/coalitions/delft/api-keys': { status: 200, body: { apiKeys: [] } },
    '/api/coalitions/delft/imports': { status: 200, body: { batches: [] } },
    '/api/coalitions/delft/audit-log': { status: 200, body: auditPage([], null) },
    '/api/coalitions/delft/outbox': { status: 200, body: delftOutbox },
    '/api/coalitions/delft/thermometer': { status: 200, body: delftThermometer },
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
