import type { Db } from '@tks/db/client';
import { auditLog, users } from '@tks/db/schema';
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';

export interface AuditFilter {
  coalitionId: number;
  entityType?: string | undefined;
  action?: string | undefined;
  userId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export function selectAuditEntries(db: Db, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditLog.coalitionId, filter.coalitionId)];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  // created_at is an ISO instant; the end date is inclusive, so compare against the whole day.
  if (filter.to) conditions.push(lte(auditLog.createdAt, `${filter.to}T23:59:59.999Z`));
  if (filter.before) conditions.push(lt(auditLog.id, filter.before));
  return db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actor: auditLog.actor,
      userId: auditLog.userId,
      userName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1)
    .all();
}
