import type { Db } from '@tks/db/client';
import { authTokens, memberships, organisations, users } from '@tks/db/schema';
import { and, asc, count, eq, gt, isNull } from 'drizzle-orm';

export function selectMembers(db: Db, coalitionId: number) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      lastLoginAt: users.lastLoginAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.coalitionId, coalitionId), isNull(memberships.revokedAt)))
    .orderBy(asc(users.name))
    .all();
}

export function selectMember(db: Db, coalitionId: number, userId: number) {
  return selectMembers(db, coalitionId).find((m) => m.userId === userId);
}

export function selectPendingInvitations(db: Db, coalitionId: number, now: string) {
  return db
    .select({
      id: authTokens.id,
      email: authTokens.email,
      role: authTokens.role,
      organisationId: authTokens.organisationId,
      createdAt: authTokens.createdAt,
      expiresAt: authTokens.expiresAt,
    })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.coalitionId, coalitionId),
        eq(authTokens.purpose, 'invitation'),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    )
    .orderBy(asc(authTokens.createdAt))
    .all();
}

export function countCoordinators(db: Db, coalitionId: number) {
  return (
    db
      .select({ n: count() })
      .from(memberships)
      .where(
        and(
          eq(memberships.coalitionId, coalitionId),
          eq(memberships.role, 'coordinator'),
          isNull(memberships.revokedAt),
        ),
      )
      .get()?.n ?? 0
  );
}

export function organisationBelongsTo(db: Db, coalitionId: number, organisationId: number) {
  return Boolean(
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.id, organisationId),
          eq(organisations.coalitionId, coalitionId),
          isNull(organisations.archivedAt),
        ),
      )
      .get(),
  );
}

export function updateMembership(
  db: Db,
  coalitionId: number,
  userId: number,
  values: Partial<typeof memberships.$inferInsert>,
) {
  return db
    .update(memberships)
    .set(values)
    .where(and(eq(memberships.coalitionId, coalitionId), eq(memberships.userId, userId), isNull(memberships.revokedAt)))
    .run().changes;
}

export function expireInvitation(db: Db, coalitionId: number, id: number, now: string) {
  return db
    .update(authTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(authTokens.id, id),
        eq(authTokens.coalitionId, coalitionId),
        eq(authTokens.purpose, 'invitation'),
        isNull(authTokens.usedAt),
      ),
    )
    .run().changes;
}
