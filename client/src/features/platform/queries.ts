import { queryOptions } from '@tanstack/react-query';
import { zCoalitionList } from '@tks/shared/schemas/coalitions';
import { zOutbox } from '@tks/shared/schemas/outbox';
import { apiGet } from '../../api/client';

export const platformKeys = {
  all: ['platform'] as const,
  coalitions: () => [...platformKeys.all, 'coalitions'] as const,
  outbox: () => [...platformKeys.all, 'outbox'] as const,
};

export const platformQueries = {
  coalitions: () =>
    queryOptions({
      queryKey: platformKeys.coalitions(),
      queryFn: ({ signal }) => apiGet('/api/admin/coalitions', zCoalitionList, { signal }),
    }),
  /** Mail that belongs to no coalition, such as password resets. */
  outbox: () =>
    queryOptions({
      queryKey: platformKeys.outbox(),
      queryFn: ({ signal }) => apiGet('/api/admin/outbox', zOutbox, { signal }),
    }),
};
