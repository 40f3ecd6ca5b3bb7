import { queryOptions } from '@tanstack/react-query';
import { zSharedReport } from '@tks/shared/schemas/share-links';
import { apiGet } from '../../api/client';

export const sharedReportKeys = {
  all: ['shared-report'] as const,
  byToken: (token: string) => [...sharedReportKeys.all, token] as const,
};

export const sharedReportQueries = {
  byToken: (token: string) =>
    queryOptions({
      queryKey: sharedReportKeys.byToken(token),
      queryFn: ({ signal }) => apiGet(`/api/share/${encodeURIComponent(token)}`, zSharedReport, { signal }),
    }),
};
