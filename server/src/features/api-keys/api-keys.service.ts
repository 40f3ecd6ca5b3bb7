import type { Db } from '@tks/db/client';
import { apiKeys, coalitions } from '@tks/db/schema';
import type { ApiKey, CreatedApiKey } from '@tks/shared/schemas/imports';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { hashToken, randomToken } from '../auth/tokens';

/*
 * Keys for automated indicator feeds. A key belongs to one coalition; only its SHA-256 hash is
 * stored, and the key itself is shown once, at creation. The prefix tells keys apart in lists.
 */

const KEY_PREFIX = 'tks_';
const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 8;

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

export function listApiKeys(db: Db, coalitionId: number): ApiKey[] {
  return db.select(columns).from(apiKeys).where(eq(apiKeys.coalitionId, coalitionId)).orderBy(desc(apiKeys.id)).all();
}

export function createApiKey(db: Db, coalitionId: number, name: string, actor: Actor): CreatedApiKey {
  const key = `${KEY_PREFIX}${randomToken()}`;
  const row = db.transaction((tx) => {
    const [inserted] = tx
      .insert(apiKeys)
      .values({
        coalitionId,
        name,
        prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
        keyHash: hashToken(key),
        createdBy: actor.userId,
      })
      .returning(columns)
      .all();
    if (!inserted) throw new Error('api key not inserted');
    recordAudit(tx, actor, {
      coalitionId,
      action: 'create',
      entityType: 'api_key',
      entityId: inserted.id,
      after: inserted,
    });
    return inserted;
  });
  return { ...row, key };
}

export function revokeApiKey(db: Db, coalitionId: number, id: number, actor: Actor) {
  db.transaction((tx) => {
    const changed = tx
      .update(apiKeys)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.coalitionId, coalitionId), isNull(apiKeys.revokedAt)))
      .run().changes;
    if (changed === 0) throw notFound();
    recordAudit(tx, actor, { coalitionId, action: 'revoke', entityType: 'api_key', entityId: id });
  });
}

export interface ApiKeyContext {
  id: number;
  name: string;
  coalition: { id: number; slug: string; name: string };
}

/** Writing last_used_at on every call would turn each read into a write; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

/** The coalition a presented key opens, or null for an unknown or revoked key (or an archived coalition). */
export function resolveApiKey(db: Db, key: string, now = new Date()): ApiKeyContext | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const row = db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      lastUsedAt: apiKeys.lastUsedAt,
      coalition: { id: coalitions.id, slug: coalitions.slug, name: coalitions.name },
    })
    .from(apiKeys)
    .innerJoin(coalitions, eq(coalitions.id, apiKeys.coalitionId))
    .where(and(eq(apiKeys.keyHash, hashToken(key)), isNull(apiKeys.revokedAt), isNull(coalitions.archivedAt)))
    .get();
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > TOUCH_AFTER_MS) {
    db.update(apiKeys).set({ lastUsedAt: now.toISOString() }).where(eq(apiKeys.id, row.id)).run();
  }
  const { lastUsedAt: _, ...context } = row;
  return context;
}
