import { queryOptions } from '@tanstack/react-query';
import { zApiKeyList } from '@tks/shared/schemas/imports';
import { apiGet } from '../../../api/client';
import { coalitionKeys, coalitionPath } from '../../coalitions/queries';

export const apiKeyKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'api-keys'] as const,
  list: (slug: string) => [...apiKeyKeys.all(slug), 'list'] as const,
};

export const apiKeyQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: apiKeyKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/api-keys`, zApiKeyList, { signal }),
    }),
};
