import { queryOptions } from '@tanstack/react-query';
import { zOutbox } from '@tks/shared/schemas/outbox';
import { apiGet } from '../../../api/client';
import { coalitionKeys, coalitionPath } from '../../coalitions/queries';

export const outboxKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'outbox'] as const,
  list: (slug: string) => [...outboxKeys.all(slug), 'list'] as const,
};

export const outboxQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: outboxKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/outbox`, zOutbox, { signal }),
    }),
};
