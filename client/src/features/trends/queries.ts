import { queryOptions } from '@tanstack/react-query';
import { zTrends } from '@tks/shared/schemas/thermometer';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export const trendsKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'trends'] as const,
};

export const trendsQueries = {
  trends: (slug: string) =>
    queryOptions({
      queryKey: trendsKeys.all(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/trends`, zTrends, { signal }),
    }),
};
