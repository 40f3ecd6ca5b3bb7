import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { type SessionInfo, zInvitationInfo, zSessionInfo } from '@tks/shared/schemas/auth';
import { apiGet, isServerError, setCsrfToken } from '../../api/client';

export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
  invitation: (token: string) => [...authKeys.all, 'invitation', token] as const,
};

/** Not being signed in is an answer, not a failure: the session is then `null`. */
async function fetchSession(signal: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await apiGet('/api/auth/session', zSessionInfo.nullable(), { signal });
    setCsrfToken(session?.csrfToken ?? null);
    return session;
  } catch (error) {
    // Older servers answered 401; either way the old token belonged to a session that is gone.
    if (!isServerError(error, 401)) throw error;
    setCsrfToken(null);
    return null;
  }
}

export const authQueries = {
  session: () =>
    queryOptions({
      queryKey: authKeys.session(),
      queryFn: ({ signal }) => fetchSession(signal),
    }),
  invitation: (token: string) =>
    queryOptions({
      queryKey: authKeys.invitation(token),
      queryFn: ({ signal }) =>
        apiGet(`/api/auth/invitations/${encodeURIComponent(token)}`, zInvitationInfo, { signal }),
      // The link is opened once; a refetch on focus would only repeat the same answer.
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/**
 * Who is signed in changed (sign-in, accepting an invitation, sign-out, an expired session): keep
 * the token and the cache in step, and drop everything the previous person was allowed to see.
 */
export function replaceSession(queryClient: QueryClient, session: SessionInfo | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.session(), session);
}
