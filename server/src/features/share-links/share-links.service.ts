import type { Db } from '@tks/db/client';
import { coalitions, shareLinks } from '@tks/db/schema';
import type { NewShareLink } from '@tks/shared/schemas/share-links';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { addHours, hashToken, randomToken } from '../auth/tokens';

const columns = {
  id: shareLinks.id,
  quarter: shareLinks.quarter,
  label: shareLinks.label,
  createdAt: shareLinks.createdAt,
  expiresAt: shareLinks.expiresAt,
  revokedAt: shareLinks.revokedAt,
};

export function listShareLinks(db: Db, coalitionId: number) {
  return db
    .select(columns)
    .from(shareLinks)
    .where(eq(shareLinks.coalitionId, coalitionId))
    .orderBy(desc(shareLinks.id))
    .all();
}

export function createShareLink(
  db: Db,
  coalitionId: number,
  input: Required<Pick<NewShareLink, 'quarter' | 'expiresInDays'>> & { label?: string | undefined },
  actor: Actor,
  baseUrl: string,
) {
  const token = randomToken();
  const link = db.transaction((tx) => {
    const [row] = tx
      .insert(shareLinks)
      .values({
        coalitionId,
        tokenHash: hashToken(token),
        quarter: input.quarter,
        label: input.label ?? null,
        createdBy: actor.userId,
        expiresAt: addHours(new Date(), input.expiresInDays * 24).toISOString(),
      })
      .returning(columns)
      .all();
    if (!row) throw new Error('share link not inserted');
    recordAudit(tx, actor, { coalitionId, action: 'create', entityType: 'share_link', entityId: row.id, after: row });
    return row;
  });
  return { ...link, url: `${baseUrl}/shared/${token}` };
}

export function revokeShareLink(db: Db, coalitionId: number, id: number, actor: Actor) {
  db.transaction((tx) => {
    const changed = tx
      .update(shareLinks)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(shareLinks.id, id), eq(shareLinks.coalitionId, coalitionId), isNull(shareLinks.revokedAt)))
      .run().changes;
    if (changed === 0) throw notFound();
    recordAudit(tx, actor, { coalitionId, action: 'revoke', entityType: 'share_link', entityId: id });
  });
}

/** What the holder of a link may see; expired, revoked and unknown links look the same. */
export function openSharedReport(db: Db, token: string) {
  const row = db
    .select({
      quarter: shareLinks.quarter,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      coalition: { name: coalitions.name, municipality: coalitions.municipality, archivedAt: coalitions.archivedAt },
    })
    .from(shareLinks)
    .innerJoin(coalitions, eq(coalitions.id, shareLinks.coalitionId))
    .where(eq(shareLinks.tokenHash, hashToken(token)))
    .get();
  if (!row || row.revokedAt || row.coalition.archivedAt || new Date(row.expiresAt) <= new Date()) {
    throw new HttpError(404, 'token_invalid');
  }
  return {
    coalition: { name: row.coalition.name, municipality: row.coalition.municipality },
    quarter: row.quarter,
    expiresAt: row.expiresAt,
  };
}
