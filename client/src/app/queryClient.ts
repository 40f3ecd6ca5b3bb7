import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';

const MAX_RETRIES = 2;

/** The app's one QueryClient; tests build their own with retries off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Coalition data changes a few times a day at most; a minute avoids refetching on every page visit.
        staleTime: 60_000,
        retry: (failureCount, error) => {
          // Asking again will not make a 404 or a validation failure succeed.
          if (isApiError(error) && error.kind === 'server' && error.statusCode < 500) return false;
          return failureCount < MAX_RETRIES;
        },
      },
    },
  });
}
