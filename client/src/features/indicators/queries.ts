import { queryOptions } from '@tanstack/react-query';
import { zIndicatorList } from '@tks/shared/schemas/indicators';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export const indicatorKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'indicators'] as const,
  list: (slug: string) => [...indicatorKeys.all(slug), 'list'] as const,
};

export const indicatorQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: indicatorKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/indicators`, zIndicatorList, { signal }),
    }),
};
