import { queryOptions } from '@tanstack/react-query';
import type { QuarterKey } from '@tks/shared/periods';
import { zReport } from '@tks/shared/schemas/report';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

const LATEST = 'latest';

export const reportKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'report'] as const,
  detail: (slug: string, quarter?: QuarterKey) => [...reportKeys.all(slug), quarter ?? LATEST] as const,
};

export type ReportFormat = 'pdf' | 'csv' | 'xlsx';

/** `/api/coalitions/voorbeeldstad/report.pdf?quarter=2026-Q3`; without a format, the JSON. */
export function reportPath(slug: string, quarter?: QuarterKey, format?: ReportFormat): string {
  const path = `${coalitionPath(slug)}/report${format ? `.${format}` : ''}`;
  return quarter ? `${path}?${new URLSearchParams({ quarter })}` : path;
}

/** The same files through a share link: always the link's own quarter. */
export function sharedReportPath(token: string, format: ReportFormat): string {
  return `/api/share/${encodeURIComponent(token)}/report.${format}`;
}

export const reportQueries = {
  /** The whole report comes from this one request. */
  report: (slug: string, quarter?: QuarterKey) =>
    queryOptions({
      queryKey: reportKeys.detail(slug, quarter),
      queryFn: ({ signal }) => apiGet(reportPath(slug, quarter), zReport, { signal }),
    }),
};
