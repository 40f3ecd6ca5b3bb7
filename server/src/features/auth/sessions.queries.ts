import type { Db } from '@tks/db/client';
import { perDb } from '@tks/db/per-db';
import { coalitions, memberships, organisations, sessions, users } from '@tks/db/schema';
import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';

export function insertSession(
  db: Db,
  session: { tokenHash: string; userId: number; expiresAt: string; userAgent: string | null },
) {
  db.insert(sessions).values(session).run();
}

/*
 * Every signed-in request reads its session and, on coalition routes, its membership. Built and
 * prepared once per database instead of per request: building the query and preparing the
 * statement cost several times more than running it.
 */
function prepareRequestQueries(db: Db) {
  return {
    sessionUser: db
      .select({
        tokenHash: sessions.tokenHash,
        createdAt: sessions.createdAt,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        user: {
          id: users.id,
          email: users.email,
          name: users.name,
          locale: users.locale,
          isPlatformAdmin: users.isPlatformAdmin,
          disabledAt: users.disabledAt,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
      .prepare(),
    membershipBySlug: db
      .select({
        id: coalitions.id,
        slug: coalitions.slug,
        name: coalitions.name,
        role: memberships.role,
        organisationId: memberships.organisationId,
      })
      .from(memberships)
      .innerJoin(coalitions, eq(coalitions.id, memberships.coalitionId))
      .where(
        and(
          eq(memberships.userId, sql.placeholder('userId')),
          eq(coalitions.slug, sql.placeholder('slug')),
          isNull(memberships.revokedAt),
          isNull(coalitions.archivedAt),
        ),
      )
      .prepare(),
  };
}

const requestQueriesFor = perDb(prepareRequestQueries);

export function selectSessionUser(db: Db, tokenHash: string) {
  return requestQueriesFor(db).sessionUser.get({ tokenHash });
}

export function extendSession(db: Db, tokenHash: string, lastSeenAt: string, expiresAt: string) {
  db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteSession(db: Db, tokenHash: string) {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteSessionsOfUser(db: Db, userId: number) {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function deleteExpiredSessions(db: Db, now: string) {
  return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}

export function selectMembershipsOfUser(db: Db, userId: number) {
  return db
    .select({
      coalition: { id: coalitions.id, slug: coalitions.slug, name: coalitions.name },
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
    })
    .from(memberships)
    .innerJoin(coalitions, eq(coalitions.id, memberships.coalitionId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.revokedAt), isNull(coalitions.archivedAt)))
    .orderBy(asc(coalitions.name))
    .all();
}

/** The caller's membership of the coalition a route names, if any. */
export function selectMembershipBySlug(db: Db, userId: number, slug: string) {
  return requestQueriesFor(db).membershipBySlug.get({ userId, slug });
}
