import { queryOptions } from '@tanstack/react-query';
import type { QuarterKey } from '@tks/shared/periods';
import { zThermometer } from '@tks/shared/schemas/thermometer';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

/** Without a quarter the server picks the latest one with data; that answer is cached apart from an explicit choice. */
const LATEST = 'latest';

export const thermometerKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'thermometer'] as const,
  detail: (slug: string, quarter?: QuarterKey) => [...thermometerKeys.all(slug), quarter ?? LATEST] as const,
};

export function thermometerPath(slug: string, quarter?: QuarterKey): string {
  const path = `${coalitionPath(slug)}/thermometer`;
  return quarter ? `${path}?${new URLSearchParams({ quarter })}` : path;
}

export const thermometerQueries = {
  /** The whole dashboard, drill-down included, comes from this one request. */
  thermometer: (slug: string, quarter?: QuarterKey) =>
    queryOptions({
      queryKey: thermometerKeys.detail(slug, quarter),
      queryFn: ({ signal }) => apiGet(thermometerPath(slug, quarter), zThermometer, { signal }),
    }),
};
