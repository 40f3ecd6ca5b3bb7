import { useQuery } from '@tanstack/react-query';
import type { CoalitionRole } from '@tks/shared/domain';
import type { Membership, SessionInfo } from '@tks/shared/schemas/auth';
import { coalitionUrl, PATHS } from '../../app/paths';
import { authQueries } from './queries';

/** The signed-in person, or null; undefined while the first answer is on its way. */
export function useSession(): SessionInfo | null | undefined {
  return useQuery(authQueries.session()).data;
}

export function membershipOf(session: SessionInfo | null | undefined, slug: string): Membership | null {
  return session?.memberships.find((membership) => membership.coalition.slug === slug) ?? null;
}

/** The signed-in person's role in this coalition; null when they are not a member (or not signed in). */
export function useCoalitionRole(slug: string): CoalitionRole | null {
  return membershipOf(useSession(), slug)?.role ?? null;
}

/** Memberships in the order people read them: by the coalition's name. */
export function sortedMemberships(session: SessionInfo): Membership[] {
  return [...session.memberships].sort((a, b) => a.coalition.name.localeCompare(b.coalition.name, 'nl'));
}

/** Where someone lands after signing in without a page to return to. */
export function homePath(session: SessionInfo): string {
  const first = sortedMemberships(session)[0];
  if (first) return coalitionUrl(first.coalition.slug);
  return session.user.isPlatformAdmin ? PATHS.platform : '/';
}

const SIGNED_OUT_PAGES: readonly string[] = [PATHS.signIn, PATHS.forgotPassword, PATHS.resetPassword];

/**
 * `next` as a path on this site, or null. Anything that could lead elsewhere ("//evil.example",
 * "/\\evil.example", "https://…") or back to the sign-in page is refused.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next?.startsWith('/')) return null;
  const base = 'http://same-origin.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return null;
  }
  if (url.origin !== base || SIGNED_OUT_PAGES.includes(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
