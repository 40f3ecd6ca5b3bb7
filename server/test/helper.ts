import { createTestDb, type Db } from '@tks/db/client';
import { coalitions, memberships, organisations, users } from '@tks/db/schema';
import type { CoalitionRole } from '@tks/shared/domain';
import type { InjectOptions } from 'fastify';
import { afterEach } from 'vitest';
import { type App, type AppOptions, buildApp } from '../src/app';
import { createSession } from '../src/features/auth/sessions.service';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fresh app on a fresh in-memory database for every test; closed automatically afterwards. */
export async function buildTestApp(options: Partial<AppOptions> = {}) {
  const handle = createTestDb();
  const app = await buildApp({ db: handle.db, ...options });
  cleanups.push(async () => {
    await app.close();
    handle.close();
  });
  return { app, db: handle.db, closeDatabase: handle.close };
}

export function insertCoalition(db: Db, overrides: Partial<typeof coalitions.$inferInsert> = {}) {
  const [coalition] = db
    .insert(coalitions)
    .values({ slug: 'teststad', name: 'Coalitie Kansrijke Start Teststad', municipality: 'Teststad', ...overrides })
    .returning()
    .all();
  if (!coalition) throw new Error('coalition not inserted');
  return coalition;
}

export function insertOrganisation(
  db: Db,
  coalitionId: number,
  name: string,
  domain: 'medical' | 'social' | 'municipal' | 'other' = 'medical',
) {
  const [organisation] = db.insert(organisations).values({ coalitionId, name, domain }).returning().all();
  if (!organisation) throw new Error('organisation not inserted');
  return organisation;
}

export function insertUser(
  db: Db,
  values: { email: string; name?: string; passwordHash?: string; isPlatformAdmin?: boolean },
) {
  const [user] = db
    .insert(users)
    .values({ name: values.email.split('@')[0] ?? 'user', ...values })
    .returning()
    .all();
  if (!user) throw new Error('user not inserted');
  return user;
}

export function insertMembership(
  db: Db,
  userId: number,
  coalitionId: number,
  role: CoalitionRole,
  organisationId: number | null = null,
) {
  db.insert(memberships).values({ userId, coalitionId, role, organisationId }).run();
}

/** Someone with a signed-in browser: a session cookie, a CSRF cookie and the matching token. */
export interface Browser {
  cookies: Record<string, string>;
  csrfToken: string;
}

export async function browserFor(app: App, userId: number | null): Promise<Browser> {
  const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
  const cookies: Record<string, string> = {};
  for (const cookie of csrf.cookies) cookies[cookie.name] = cookie.value;
  if (userId !== null) cookies.tks_session = createSession(app.db, userId, 12, 'test').token;
  return { cookies, csrfToken: csrf.json().csrfToken };
}

/** app.inject as that browser: its cookies, and the CSRF header on every request. */
export function injectAs(app: App, browser: Browser, options: InjectOptions) {
  return app.inject({
    ...options,
    cookies: { ...browser.cookies, ...(options.cookies ?? {}) },
    headers: { 'x-csrf-token': browser.csrfToken, ...(options.headers ?? {}) },
  });
}
