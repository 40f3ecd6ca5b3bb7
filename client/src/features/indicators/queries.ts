import { queryOptions } from '@tanstack/react-query';
import { zIndicatorDetail, zIndicatorList } from '@tks/shared/schemas/indicators';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export const indicatorKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'indicators'] as const,
  list: (slug: string) => [...indicatorKeys.all(slug), 'list'] as const,
  detail: (slug: string, code: string) => [...indicatorKeys.all(slug), 'detail', code.toUpperCase()] as const,
};

export function indicatorPath(slug: string, code: string): string {
  return `${coalitionPath(slug)}/indicators/${encodeURIComponent(code)}`;
}

export const indicatorQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: indicatorKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/indicators`, zIndicatorList, { signal }),
    }),
  detail: (slug: string, code: string) =>
    queryOptions({
      queryKey: indicatorKeys.detail(slug, code),
      queryFn: ({ signal }) => apiGet(indicatorPath(slug, code), zIndicatorDetail, { signal }),
    }),
};
