import { zCoalitionList, zCoalitionParams, zCoalitionSummary } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zOrganisationList } from '@tks/shared/schemas/organisations';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCoalitionSummary, listCoalitions, listOrganisations } from './coalitions.service';

export const coalitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions',
    {
      schema: {
        tags: ['coalitions'],
        summary: 'Coalitions hosted on this installation',
        response: { 200: zCoalitionList },
      },
    },
    async () => ({ coalitions: listCoalitions(app.db) }),
  );

  app.get(
    '/coalitions/:slug',
    {
      schema: {
        tags: ['coalitions'],
        summary: 'One coalition with the counts the overview shows',
        params: zCoalitionParams,
        response: { 200: zCoalitionSummary, 404: zApiError },
      },
    },
    async (request) => getCoalitionSummary(app.db, request.params.slug),
  );

  app.get(
    '/coalitions/:slug/organisations',
    {
      schema: {
        tags: ['coalitions'],
        summary: 'Partner organisations of a coalition',
        params: zCoalitionParams,
        response: { 200: zOrganisationList, 404: zApiError },
      },
    },
    async (request) => ({ organisations: listOrganisations(app.db, request.params.slug) }),
  );
};
