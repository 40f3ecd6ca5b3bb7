import { quarterKey, quarterOfDate } from '@tks/shared/periods';
import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zThermometer, zThermometerQuery, zTrends } from '@tks/shared/schemas/thermometer';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { cachedBody, sendGzippedJson } from './thermometer.cache';
import { buildThermometer, buildTrends } from './thermometer.service';

export const thermometerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/thermometer',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['thermometer'],
        summary: 'The thermometer for a quarter: overall, the five components and every measure with its inputs',
        params: zCoalitionParams,
        querystring: zThermometerQuery,
        response: { 200: zThermometer, 400: zApiError, 401: zApiError, 403: zApiError },
      },
    },
    async (request, reply) => {
      const coalition = requireCoalitionContext(request);
      const { quarter } = request.query;
      // Without a quarter the latest with data is meant; with no data at all, today's quarter.
      const key = `thermometer:${quarter ?? `latest@${quarterKey(quarterOfDate(new Date()))}`}`;
      const body = cachedBody(
        app.db,
        coalition.id,
        key,
        zThermometer,
        (dataVersion) => buildThermometer(app.db, coalition, quarter, new Date(), dataVersion),
        request.dataVersion,
      );
      return sendGzippedJson(request, reply, body);
    },
  );

  app.get(
    '/coalitions/:slug/trends',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['thermometer'],
        summary:
          'Quarterly scores of the thermometer and its components over every quarter with data, with annotations',
        params: zCoalitionParams,
        response: { 200: zTrends, 401: zApiError, 403: zApiError },
      },
    },
    async (request, reply) => {
      const coalition = requireCoalitionContext(request);
      const body = cachedBody(
        app.db,
        coalition.id,
        'trends',
        zTrends,
        (dataVersion) => buildTrends(app.db, coalition, dataVersion),
        request.dataVersion,
      );
      return sendGzippedJson(request, reply, body);
    },
  );
};
