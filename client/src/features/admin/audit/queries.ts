import { infiniteQueryOptions } from '@tanstack/react-query';
import { zAuditPage } from '@tks/shared/schemas/audit';
import { apiGet } from '../../../api/client';
import { coalitionKeys, coalitionPath } from '../../coalitions/queries';

/** The filters a coordinator can set; empty ones are left out of the request. */
export interface AuditFilters {
  entityType?: string;
  action?: string;
  /** Inclusive calendar dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export const auditKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'audit-log'] as const,
  list: (slug: string, filters: AuditFilters) => [...auditKeys.all(slug), 'list', filters] as const,
};

export function auditLogPath(slug: string, filters: AuditFilters, before: number | null): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
  }
  if (before !== null) params.set('before', String(before));
  const search = params.toString();
  return `${coalitionPath(slug)}/audit-log${search ? `?${search}` : ''}`;
}

export const auditQueries = {
  /** Newest first, a page at a time: each page says where the next, older one starts. */
  list: (slug: string, filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: auditKeys.list(slug, filters),
      queryFn: ({ pageParam, signal }) => apiGet(auditLogPath(slug, filters, pageParam), zAuditPage, { signal }),
      initialPageParam: null as number | null,
      getNextPageParam: (page) => page.nextBefore,
    }),
};
