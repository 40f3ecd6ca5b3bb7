import type { Db } from '@tks/db/client';
import { coalitions, shareLinks } from '@tks/db/schema';
import type { NewShareLink } from '@tks/shared/schemas/share-links';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { addHours, hashToken, randomToken } from '../auth/tokens';
import { buildReport } from '../report/report.service';

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

/**
 * The link a token opens, or 404 `token_invalid`: expired, revoked and unknown links (and links of
 * an archived coalition) look the same.
 */
export function resolveShareLink(db: Db, token: string) {
  const row = db
    .select({
      quarter: shareLinks.quarter,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      coalition: {
        id: coalitions.id,
        slug: coalitions.slug,
        name: coalitions.name,
        municipality: coalitions.municipality,
        archivedAt: coalitions.archivedAt,
      },
    })
    .from(shareLinks)
    .innerJoin(coalitions, eq(coalitions.id, shareLinks.coalitionId))
    .where(eq(shareLinks.tokenHash, hashToken(token)))
    .get();
  if (!row || row.revokedAt || row.coalition.archivedAt || new Date(row.expiresAt) <= new Date()) {
    throw new HttpError(404, 'token_invalid');
  }
  const { archivedAt: _, ...coalition } = row.coalition;
  return { coalition, quarter: row.quarter, expiresAt: row.expiresAt };
}

/** What the holder of a link may see: the quarterly report of the link's quarter, read-only. */
export function openSharedReport(db: Db, token: string, options: { pdfAvailable: boolean }) {
  const link = resolveShareLink(db, token);
  return {
    coalition: { name: link.coalition.name, municipality: link.coalition.municipality },
    quarter: link.quarter,
    expiresAt: link.expiresAt,
    report: buildReport(db, link.coalition, link.quarter, options),
  };
}
