import type { Db } from '@tks/db/client';
import { perDb } from '@tks/db/per-db';
import type { CoalitionRole } from '@tks/shared/domain';
import { VersionedCache } from './access-cache';
import {
  deleteSession,
  extendSession,
  insertSession,
  selectMembershipBySlug,
  selectSessionUser,
} from './sessions.queries';
import { addHours, hashToken, randomToken } from './tokens';

export const SESSION_COOKIE = 'tks_session';
/** However active, a session ends two weeks after sign-in. */
const ABSOLUTE_LIFETIME_HOURS = 14 * 24;
/** Writing last_seen_at on every request would turn every read into a write. */
const EXTEND_AFTER_MS = 5 * 60_000;

export interface AuthUser {
  id: number;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  isPlatformAdmin: boolean;
}

export interface AuthContext {
  user: AuthUser;
  tokenHash: string;
  expiresAt: string;
}

export interface CoalitionContext {
  id: number;
  slug: string;
  name: string;
  role: CoalitionRole;
  organisationId: number | null;
}

export function createSession(db: Db, userId: number, idleHours: number, userAgent: string | null, now = new Date()) {
  const token = randomToken();
  const expiresAt = addHours(now, idleHours).toISOString();
  insertSession(db, { tokenHash: hashToken(token), userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
  return { token, expiresAt };
}

/** A session row as the checks need it: its times parsed once, when read. */
interface StoredSession {
  /** What requests get while the session is not extended; frozen, as many requests share it. */
  context: AuthContext;
  disabled: boolean;
  expiresAtMs: number;
  lastSeenAtMs: number;
  absoluteEndMs: number;
}

function readSession(db: Db, tokenHash: string): StoredSession | null {
  const row = selectSessionUser(db, tokenHash);
  if (!row) return null;
  const { disabledAt, ...user } = row.user;
  return {
    context: Object.freeze({ user: Object.freeze(user), tokenHash, expiresAt: row.expiresAt }),
    disabled: disabledAt !== null,
    expiresAtMs: Date.parse(row.expiresAt),
    lastSeenAtMs: Date.parse(row.lastSeenAt),
    absoluteEndMs: addHours(new Date(row.createdAt), ABSOLUTE_LIFETIME_HOURS).getTime(),
  };
}

/** Sessions and memberships as last read, per database (tests run many), under the access version. */
interface AccessCaches {
  sessions: VersionedCache<StoredSession | null>;
  memberships: VersionedCache<CoalitionContext | null>;
}

/** Enough for every person signed in at once across a country's coalitions, a few hundred bytes each. */
const CACHED_SESSIONS = 20_000;
const accessCachesFor = perDb(
  (): AccessCaches => ({
    sessions: new VersionedCache(CACHED_SESSIONS),
    memberships: new VersionedCache(CACHED_SESSIONS),
  }),
);

/**
 * The signed-in person behind a session cookie, or null for a missing, expired or disabled one.
 * With the access version read at the start of the request (see access-cache.ts), the session is
 * looked up again only when sessions, users, memberships or coalitions were written since; its
 * time limits are checked on every request.
 */
export function resolveSession(
  db: Db,
  token: string,
  idleHours: number,
  accessVersion: number,
  now = new Date(),
): AuthContext | null {
  // Keyed by the token itself: the cache lives in this process only, like the request that carries it.
  const session = accessCachesFor(db).sessions.get(token, accessVersion, () => readSession(db, hashToken(token)));
  if (!session) return null;
  const nowMs = now.getTime();
  const { context } = session;
  if (session.expiresAtMs <= nowMs || session.absoluteEndMs <= nowMs || session.disabled) {
    deleteSession(db, context.tokenHash);
    return null;
  }
  if (nowMs - session.lastSeenAtMs <= EXTEND_AFTER_MS) return context;
  const idleEndMs = addHours(now, idleHours).getTime();
  const expiresAt = new Date(Math.min(idleEndMs, session.absoluteEndMs)).toISOString();
  extendSession(db, context.tokenHash, now.toISOString(), expiresAt);
  return { ...context, expiresAt };
}

/** The person's membership of the coalition `slug`, or null; from memory while the access version stands. */
export function coalitionContext(db: Db, userId: number, slug: string, accessVersion: number): CoalitionContext | null {
  // Frozen: the same object serves many requests.
  const load = () => {
    const membership = selectMembershipBySlug(db, userId, slug);
    return membership ? Object.freeze(membership) : null;
  };
  return accessCachesFor(db).memberships.get(`${userId}/${slug}`, accessVersion, load);
}

export function endSession(db: Db, tokenHash: string) {
  deleteSession(db, tokenHash);
}
