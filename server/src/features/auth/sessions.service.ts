import type { Db } from '@tks/db/client';
import type { CoalitionRole } from '@tks/shared/domain';
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

/** The signed-in person behind a session cookie, or null for a missing, expired or disabled one. */
export function resolveSession(db: Db, token: string, idleHours: number, now = new Date()): AuthContext | null {
  const tokenHash = hashToken(token);
  const row = selectSessionUser(db, tokenHash);
  if (!row) return null;
  const absoluteEnd = addHours(new Date(row.createdAt), ABSOLUTE_LIFETIME_HOURS);
  if (new Date(row.expiresAt) <= now || absoluteEnd <= now || row.user.disabledAt !== null) {
    deleteSession(db, tokenHash);
    return null;
  }
  let expiresAt = row.expiresAt;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > EXTEND_AFTER_MS) {
    const idleEnd = addHours(now, idleHours);
    expiresAt = new Date(Math.min(idleEnd.getTime(), absoluteEnd.getTime())).toISOString();
    extendSession(db, tokenHash, now.toISOString(), expiresAt);
  }
  const { disabledAt: _, ...user } = row.user;
  return { user, tokenHash, expiresAt };
}

export function endSession(db: Db, tokenHash: string) {
  deleteSession(db, tokenHash);
}

export function coalitionContext(db: Db, userId: number, slug: string): CoalitionContext | null {
  return selectMembershipBySlug(db, userId, slug) ?? null;
}
