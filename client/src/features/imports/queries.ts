import { queryOptions } from '@tanstack/react-query';
import { zImportBatchList } from '@tks/shared/schemas/imports';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export const importKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'imports'] as const,
  batches: (slug: string) => [...importKeys.all(slug), 'batches'] as const,
};

export const importQueries = {
  batches: (slug: string) =>
    queryOptions({
      queryKey: importKeys.batches(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/imports`, zImportBatchList, { signal }),
    }),
};
