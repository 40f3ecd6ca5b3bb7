import { queryOptions } from '@tanstack/react-query';
import { zMemberList } from '@tks/shared/schemas/members';
import { apiGet } from '../../../api/client';
import { coalitionKeys, coalitionPath } from '../../coalitions/queries';

export const memberKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'members'] as const,
  list: (slug: string) => [...memberKeys.all(slug), 'list'] as const,
};

export const memberQueries = {
  /** Members and the invitations not yet accepted, in one answer. */
  list: (slug: string) =>
    queryOptions({
      queryKey: memberKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/members`, zMemberList, { signal }),
    }),
};
