import type { Db } from '@tks/db/client';
import { auditLog } from '@tks/db/schema';
import type { AuditAction } from '@tks/shared/domain';
import type { FastifyRequest } from 'fastify';

export interface Actor {
  userId: number | null;
  /** Readable without a join, and meaningful after a user is gone: an e-mail, "anonymous", "seed". */
  label: string;
  ip: string | null;
}

export function actorOf(request: FastifyRequest): Actor {
  // An API key acts for its coalition; the log names the key, as the schema describes ("api-key:3").
  if (request.apiKey) return { userId: null, label: `api-key:${request.apiKey.id}`, ip: request.ip };
  const user = request.auth?.user;
  return { userId: user?.id ?? null, label: user?.email ?? 'anonymous', ip: request.ip };
}

export interface AuditEvent {
  coalitionId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Fields that never belong in the audit log, whatever entity they sit on. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'keyHash', 'draft']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return value ?? null;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_FIELDS.has(key)));
}

/** Appends one entry; call it inside the transaction of the change so both land or neither does. */
export function recordAudit(db: Db, actor: Actor, event: AuditEvent) {
  db.insert(auditLog)
    .values({
      coalitionId: event.coalitionId,
      userId: actor.userId,
      actor: actor.label,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId === null ? null : String(event.entityId),
      before: redact(event.before),
      after: redact(event.after),
      ip: actor.ip,
    })
    .run();
}
