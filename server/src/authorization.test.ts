import { annotations, apiKeys, shareLinks } from '@tks/db/schema';
import type { CoalitionRole } from '@tks/shared/domain';
import { describe, expect, it } from 'vitest';
import { createInvitationForTest } from '../test/fixtures';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertOrganisation,
  insertUser,
} from '../test/helper';
import type { Access } from './features/auth/access';
import { hashToken } from './features/auth/tokens';

/*
 * The authorization matrix: every registered API route, called as each kind of person, must allow
 * exactly those its declared rule names. The expectation below is written independently of the
 * enforcement code, so a rule that is declared but not enforced (or enforced wrongly) fails here.
 */

const ACTORS = [
  'anonymous',
  'partner',
  'director',
  'coordinator',
  'otherCoordinator',
  'admin',
  // Programs presenting an API key (Authorization: Bearer) of Teststad, and of another coalition.
  'apiKey',
  'otherApiKey',
] as const;
type Actor = (typeof ACTORS)[number];

const ROLE_IN_TESTSTAD: Record<Actor, CoalitionRole | null> = {
  anonymous: null,
  partner: 'partner',
  director: 'director',
  coordinator: 'coordinator',
  otherCoordinator: null,
  admin: null,
  apiKey: null,
  otherApiKey: null,
};

const API_KEYS: Partial<Record<Actor, string>> = {
  apiKey: `tks_${'k'.repeat(43)}`,
  otherApiKey: `tks_${'o'.repeat(43)}`,
};

function expectedAllowed(rule: Access, actor: Actor): boolean {
  if (API_KEYS[actor]) {
    // A key opens only the routes that admit keys, and only in its own coalition.
    return rule.kind === 'public' || (actor === 'apiKey' && rule.kind === 'coalition' && rule.apiKey === true);
  }
  switch (rule.kind) {
    case 'public':
      return true;
    case 'signed_in':
      return actor !== 'anonymous';
    case 'platform_admin':
      return actor === 'admin';
    case 'coalition': {
      const role = ROLE_IN_TESTSTAD[actor];
      return role !== null && rule.roles.includes(role);
    }
  }
}

async function world() {
  const { app, db } = await buildTestApp();
  const teststad = insertCoalition(db);
  const elders = insertCoalition(db, { slug: 'elders', name: 'Coalitie Elders', municipality: 'Elders' });
  const org = insertOrganisation(db, teststad.id, 'Verloskundigenpraktijk Test');
  const people: Record<Actor, number | null> = {
    anonymous: null,
    partner: insertUser(db, { email: 'partner@test.example' }).id,
    director: insertUser(db, { email: 'director@test.example' }).id,
    coordinator: insertUser(db, { email: 'coordinator@test.example' }).id,
    otherCoordinator: insertUser(db, { email: 'coordinator@elders.example' }).id,
    admin: insertUser(db, { email: 'admin@test.example', isPlatformAdmin: true }).id,
    apiKey: null,
    otherApiKey: null,
  };
  for (const [actor, coalitionId] of [
    ['apiKey', teststad.id],
    ['otherApiKey', elders.id],
  ] as const) {
    const key = API_KEYS[actor] ?? '';
    db.insert(apiKeys)
      .values({ coalitionId, name: actor, prefix: key.slice(0, 12), keyHash: hashToken(key) })
      .run();
  }
  insertMembership(db, people.partner ?? 0, teststad.id, 'partner', org.id);
  insertMembership(db, people.director ?? 0, teststad.id, 'director');
  insertMembership(db, people.coordinator ?? 0, teststad.id, 'coordinator');
  insertMembership(db, people.otherCoordinator ?? 0, elders.id, 'coordinator');
  const invitation = createInvitationForTest(db, teststad.id);
  const [shareLink] = db
    .insert(shareLinks)
    .values({
      coalitionId: teststad.id,
      tokenHash: 'x'.repeat(64),
      quarter: '2026-Q3',
      expiresAt: '2099-01-01T00:00:00Z',
    })
    .returning()
    .all();
  const [annotation] = db
    .insert(annotations)
    .values({ coalitionId: teststad.id, quarter: '2026-Q3', quarterIndex: 8106, text: 'Nieuwe verwijsroute' })
    .returning()
    .all();
  return {
    app,
    people,
    ids: {
      invitation: invitation.id,
      shareLink: shareLink?.id ?? 0,
      member: people.director ?? 0,
      annotation: annotation?.id ?? 0,
    },
  };
}

function concreteUrl(url: string, ids: { invitation: number; shareLink: number; member: number; annotation: number }) {
  return (
    url
      .replace(':slug', 'teststad')
      .replace(':userId', String(ids.member))
      .replace(':token', 'A'.repeat(43))
      // Indicator routes: an indicator code (the matrix coalition need not have it; 404 is not a refusal).
      .replace(':code', 'JGZ-04')
      .replace(/\/invitations\/:id$/, `/invitations/${ids.invitation}`)
      .replace(/\/share-links\/:id$/, `/share-links/${ids.shareLink}`)
      .replace(/\/annotations\/:id$/, `/annotations/${ids.annotation}`)
      // Import batches and API keys that do not exist: 404 for an allowed caller.
      .replace(/\/(imports|api-keys)\/:id/, '/$1/999999')
      // Register entries and actions that do not exist: an allowed caller gets 400 or 404, never "forbidden".
      .replace(
        /\/(agreements|mirror-conversations|learning-activities|care-plans|actions|obstacles)\/:id/,
        '/$1/999999',
      )
      // Questionnaire rounds, invitees and instrument versions that do not exist: 404 for an allowed caller.
      .replace(':roundId', '999999')
      .replace(':inviteeId', '999999')
      .replace(':versionId', '999999')
  );
}

const { app: probe } = await buildTestApp();
const routes = probe.apiRoutes.filter((r) => !r.url.startsWith('/api/docs'));

describe('authorization matrix', () => {
  it('covers the API: every route is in the matrix and none is left without a rule', () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) expect(route.access, `${route.method} ${route.url}`).toBeDefined();
  });

  it('refuses to register an API route that declares no access rule', async () => {
    const { app } = await buildTestApp();
    expect(() => app.get('/api/unguarded', async () => ({ secret: true }))).toThrow(/declares no access rule/);
  });

  it('declares the sensitive routes as expected', () => {
    const ruleOf = (method: string, url: string) => routes.find((r) => r.method === method && r.url === url)?.access;
    expect(ruleOf('GET', '/api/coalitions/:slug/members')).toEqual({ kind: 'coalition', roles: ['coordinator'] });
    expect(ruleOf('GET', '/api/coalitions/:slug/audit-log')).toEqual({ kind: 'coalition', roles: ['coordinator'] });
    expect(ruleOf('POST', '/api/admin/coalitions')).toEqual({ kind: 'platform_admin' });
    expect(ruleOf('GET', '/api/coalitions/:slug/indicators')?.kind).toBe('coalition');
    expect(ruleOf('POST', '/api/coalitions/:slug/imports')).toEqual({
      kind: 'coalition',
      roles: ['coordinator'],
      apiKey: true,
    });
    expect(ruleOf('POST', '/api/coalitions/:slug/api-keys')).toEqual({ kind: 'coalition', roles: ['coordinator'] });
  });

  for (const route of routes) {
    describe(`${route.method} ${route.url}`, () => {
      for (const actor of ACTORS) {
        const allowed = expectedAllowed(route.access, actor);
        it(`${allowed ? 'allows' : 'denies'} ${actor}`, async () => {
          const { app, people, ids } = await world();
          const browser = await browserFor(app, people[actor]);
          const key = API_KEYS[actor];
          const response = await injectAs(app, browser, {
            method: route.method as 'GET',
            url: concreteUrl(route.url, ids),
            ...(key ? { headers: { authorization: `Bearer ${key}` } } : {}),
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
          });
          const body = String(response.headers['content-type'] ?? '').includes('json') ? response.json() : {};
          const denied =
            (response.statusCode === 401 && body.code === 'unauthenticated') ||
            (response.statusCode === 403 && body.code === 'forbidden');
          expect(denied, `status ${response.statusCode} ${JSON.stringify(body)}`).toBe(!allowed);
        });
      }
    });
  }
});
