import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isServerError } from '../../api/client';
import { authKeys, replaceSession } from './queries';

function isSessionGone(error: unknown): boolean {
  return isServerError(error, 401, 'unauthenticated');
}

/**
 * A session can end while a page is open (it expired, the user signed out in another tab). The
 * first request that meets a 401 ends it here too, and the session guard sends the user to sign in.
 */
export function SessionExpiryWatcher() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const sessionKey = authKeys.session();
    const endSession = () => {
      // Deferred: the cache is still telling its listeners about the failed request.
      queueMicrotask(() => {
        if (queryClient.getQueryData(sessionKey)) replaceSession(queryClient, null);
      });
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isSessionGone(event.action.error)) endSession();
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isSessionGone(event.action.error)) endSession();
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
  return null;
}
