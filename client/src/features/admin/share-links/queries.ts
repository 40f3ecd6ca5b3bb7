import { queryOptions } from '@tanstack/react-query';
import { zShareLinkList } from '@tks/shared/schemas/share-links';
import { apiGet } from '../../../api/client';
import { coalitionKeys, coalitionPath } from '../../coalitions/queries';

export const shareLinkKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'share-links'] as const,
  list: (slug: string) => [...shareLinkKeys.all(slug), 'list'] as const,
};

export const shareLinkQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: shareLinkKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/share-links`, zShareLinkList, { signal }),
    }),
};
