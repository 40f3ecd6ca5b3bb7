import { queryOptions } from '@tanstack/react-query';
import {
  type Breakdown,
  zInstrumentVersionDetail,
  zInstrumentVersionList,
  zRoundDetail,
  zRoundList,
  zRoundResults,
} from '@tks/shared/schemas/questionnaires';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

/** While a round is open its response comes in live: the tracking page refetches this often. */
export const TRACKING_REFETCH_MS = 15_000;

export const questionnaireKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'questionnaires'] as const,
  versions: (slug: string) => [...questionnaireKeys.all(slug), 'versions'] as const,
  version: (slug: string, id: number) => [...questionnaireKeys.versions(slug), id] as const,
  rounds: (slug: string) => [...questionnaireKeys.all(slug), 'rounds'] as const,
  round: (slug: string, id: number) => [...questionnaireKeys.rounds(slug), id] as const,
  results: (slug: string, id: number, breakdown: Breakdown) =>
    [...questionnaireKeys.round(slug, id), 'results', breakdown] as const,
};

export const questionnaireQueries = {
  versions: (slug: string) =>
    queryOptions({
      queryKey: questionnaireKeys.versions(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/instrument-versions`, zInstrumentVersionList, { signal }),
    }),
  version: (slug: string, id: number) =>
    queryOptions({
      queryKey: questionnaireKeys.version(slug, id),
      queryFn: ({ signal }) =>
        apiGet(`${coalitionPath(slug)}/instrument-versions/${id}`, zInstrumentVersionDetail, { signal }),
    }),
  rounds: (slug: string) =>
    queryOptions({
      queryKey: questionnaireKeys.rounds(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/rounds`, zRoundList, { signal }),
    }),
  round: (slug: string, id: number) =>
    queryOptions({
      queryKey: questionnaireKeys.round(slug, id),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/rounds/${id}`, zRoundDetail, { signal }),
      refetchInterval: (query) => (query.state.data?.status === 'open' ? TRACKING_REFETCH_MS : false),
    }),
  results: (slug: string, id: number, breakdown: Breakdown) =>
    queryOptions({
      queryKey: questionnaireKeys.results(slug, id, breakdown),
      queryFn: ({ signal }) =>
        apiGet(`${coalitionPath(slug)}/rounds/${id}/results?breakdown=${breakdown}`, zRoundResults, { signal }),
    }),
};
