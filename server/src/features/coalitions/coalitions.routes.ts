import { zCoalitionList, zCoalitionParams, zCoalitionSummary } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zOrganisationList } from '@tks/shared/schemas/organisations';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../auth/access';
import { requireAuth, requireCoalitionContext } from '../auth/context';
import { getCoalitionSummary, listCoalitionsFor, listOrganisations } from './coalitions.service';

export const coalitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['coalitions'],
        summary: 'The coalitions the signed-in person belongs to (all of them for a platform administrator)',
        response: { 200: zCoalitionList, 401: zApiError },
      },
    },
    async (request) => ({ coalitions: listCoalitionsFor(app.db, requireAuth(request).user) }),
  );

  app.get(
    '/coalitions/:slug',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['coalitions'],
        summary: 'One coalition with the counts the overview shows',
        params: zCoalitionParams,
        response: { 200: zCoalitionSummary, 401: zApiError, 403: zApiError, 404: zApiError },
      },
    },
    async (request) => getCoalitionSummary(app.db, requireCoalitionContext(request).slug),
  );

  app.get(
    '/coalitions/:slug/organisations',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['coalitions'],
        summary: 'Partner organisations of a coalition',
        params: zCoalitionParams,
        response: { 200: zOrganisationList, 401: zApiError, 403: zApiError, 404: zApiError },
      },
    },
    async (request) => ({ organisations: listOrganisations(app.db, requireCoalitionContext(request).slug) }),
  );
};
