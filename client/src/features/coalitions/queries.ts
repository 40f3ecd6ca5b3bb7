import { queryOptions } from '@tanstack/react-query';
import { zCoalitionSummary } from '@tks/shared/schemas/coalitions';
import { apiGet } from '../../api/client';

/**
 * Every coalition-scoped key starts with `coalitionKeys.scope(slug)`, so one invalidation refreshes
 * all data of a coalition (other features build their keys on it).
 */
export const coalitionKeys = {
  all: ['coalitions'] as const,
  scope: (slug: string) => [...coalitionKeys.all, 'by-slug', slug] as const,
  summary: (slug: string) => [...coalitionKeys.scope(slug), 'summary'] as const,
};

export function coalitionPath(slug: string): string {
  return `/api/coalitions/${encodeURIComponent(slug)}`;
}

export const coalitionQueries = {
  summary: (slug: string) =>
    queryOptions({
      queryKey: coalitionKeys.summary(slug),
      queryFn: ({ signal }) => apiGet(coalitionPath(slug), zCoalitionSummary, { signal }),
    }),
};
