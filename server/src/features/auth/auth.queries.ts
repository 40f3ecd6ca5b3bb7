import type { Db } from '@tks/db/client';
import { authTokens, coalitions, memberships, users } from '@tks/db/schema';
import { and, eq } from 'drizzle-orm';

export function selectUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function insertAuthToken(db: Db, token: typeof authTokens.$inferInsert) {
  const [row] = db.insert(authTokens).values(token).returning().all();
  if (!row) throw new Error('auth token not inserted');
  return row;
}

export function selectAuthToken(db: Db, tokenHash: string, purpose: 'password_reset' | 'invitation') {
  return db
    .select({
      token: authTokens,
      coalitionName: coalitions.name,
    })
    .from(authTokens)
    .leftJoin(coalitions, eq(coalitions.id, authTokens.coalitionId))
    .where(and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, purpose)))
    .get();
}

export function markAuthTokenUsed(db: Db, id: number, usedAt: string) {
  db.update(authTokens).set({ usedAt }).where(eq(authTokens.id, id)).run();
}

export function updatePassword(db: Db, userId: number, passwordHash: string, updatedAt: string) {
  db.update(users).set({ passwordHash, updatedAt }).where(eq(users.id, userId)).run();
}

export function touchLastLogin(db: Db, userId: number, at: string) {
  db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId)).run();
}

export function insertUser(db: Db, user: typeof users.$inferInsert) {
  const [row] = db.insert(users).values(user).returning().all();
  if (!row) throw new Error('user not inserted');
  return row;
}

export function selectMembership(db: Db, userId: number, coalitionId: number) {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.coalitionId, coalitionId)))
    .get();
}

export function upsertMembership(
  db: Db,
  membership: {
    userId: number;
    coalitionId: number;
    role: 'coordinator' | 'partner' | 'director';
    organisationId: number | null;
  },
  now: string,
) {
  const existing = selectMembership(db, membership.userId, membership.coalitionId);
  if (existing) {
    db.update(memberships)
      .set({ role: membership.role, organisationId: membership.organisationId, revokedAt: null, updatedAt: now })
      .where(eq(memberships.id, existing.id))
      .run();
    return { ...existing, ...membership, revokedAt: null };
  }
  const [row] = db.insert(memberships).values(membership).returning().all();
  if (!row) throw new Error('membership not inserted');
  return row;
}

export function updateUserLocale(db: Db, userId: number, locale: 'nl' | 'en', updatedAt: string) {
  db.update(users).set({ locale, updatedAt }).where(eq(users.id, userId)).run();
}
