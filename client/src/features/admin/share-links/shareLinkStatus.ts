import type { ShareLink } from '@tks/shared/schemas/share-links';

export type ShareLinkStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: it says someone acted, which is the more useful thing to know. */
export function shareLinkStatus(
  link: Pick<ShareLink, 'expiresAt' | 'revokedAt'>,
  now: Date = new Date(),
): ShareLinkStatus {
  if (link.revokedAt !== null) return 'revoked';
  return new Date(link.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}
