import { queryOptions } from '@tanstack/react-query';
import { zOrganisationList } from '@tks/shared/schemas/organisations';
import { apiGet } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export const organisationKeys = {
  all: (slug: string) => [...coalitionKeys.scope(slug), 'organisations'] as const,
  list: (slug: string) => [...organisationKeys.all(slug), 'list'] as const,
};

export const organisationQueries = {
  list: (slug: string) =>
    queryOptions({
      queryKey: organisationKeys.list(slug),
      queryFn: ({ signal }) => apiGet(`${coalitionPath(slug)}/organisations`, zOrganisationList, { signal }),
    }),
};
