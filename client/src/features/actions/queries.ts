import { queryOptions } from '@tanstack/react-query';
import { zActionList, zObstacleList } from '@tks/shared/schemas/actions';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export const actionKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'actions'] as const,
  list: (slug: string) => [...actionKeys.all(slug), 'list'] as const,
  obstacles: (slug: string) => [...actionKeys.all(slug), 'obstacles'] as const,
};

export const actionQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: actionKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/actions`, zActionList, { signal }),
    }),
  obstacles: (slug: string) =>
    queryOptions({
      queryKey: actionKeys.obstacles(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/obstacles`, zObstacleList, { signal }),
    }),
};
