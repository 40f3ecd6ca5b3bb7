import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zIndicatorList } from '@tks/shared/schemas/indicators';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { listIndicators } from './indicators.service';

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/indicators',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['indicators'],
        summary: 'The indicator catalogue of a coalition, each with its most recent value',
        params: zCoalitionParams,
        response: { 200: zIndicatorList, 401: zApiError, 403: zApiError, 404: zApiError },
      },
    },
    async (request) => ({ indicators: listIndicators(app.db, requireCoalitionContext(request).slug) }),
  );
};
