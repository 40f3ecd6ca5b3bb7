import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import {
  zCatalogueResult,
  zIndicatorDefinitionInput,
  zIndicatorDetail,
  zIndicatorList,
  zIndicatorParams,
  zNewIndicator,
  zReferenceInput,
} from '@tks/shared/schemas/indicators';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import {
  addDefaultCatalogue,
  addReference,
  createIndicator,
  getIndicatorDetail,
  listIndicators,
  setIndicatorArchived,
  updateIndicator,
} from './indicators.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError };

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

  app.post(
    '/coalitions/:slug/indicators',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['indicators'],
        summary: 'Add an indicator to the catalogue, with its first target, baseline and national value',
        params: zCoalitionParams,
        body: zNewIndicator,
        response: { 201: zIndicatorDetail, ...errors, 409: zApiError },
      },
    },
    async (request, reply) => {
      const detail = createIndicator(app.db, requireCoalitionContext(request).id, request.body, actorOf(request));
      return reply.code(201).send(detail);
    },
  );

  app.post(
    '/coalitions/:slug/indicators/default-catalogue',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['indicators'],
        summary: 'Add the indicators of the default catalogue that the coalition does not have yet',
        params: zCoalitionParams,
        response: { 200: zCatalogueResult, ...errors },
      },
    },
    async (request) => {
      const coalitionId = requireCoalitionContext(request).id;
      const added = app.db.transaction((tx) => addDefaultCatalogue(tx, coalitionId, actorOf(request)));
      return { added };
    },
  );

  app.get(
    '/coalitions/:slug/indicators/:code',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['indicators'],
        summary: 'One indicator: its definition, targets over time, and every value with the import it came from',
        params: zIndicatorParams,
        response: { 200: zIndicatorDetail, ...errors },
      },
    },
    async (request) => getIndicatorDetail(app.db, requireCoalitionContext(request).id, request.params.code),
  );

  app.put(
    '/coalitions/:slug/indicators/:code',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['indicators'],
        summary: 'Change the definition of an indicator (its code stays)',
        params: zIndicatorParams,
        body: zIndicatorDefinitionInput,
        response: { 200: zIndicatorDetail, ...errors },
      },
    },
    async (request) =>
      updateIndicator(app.db, requireCoalitionContext(request).id, request.params.code, request.body, actorOf(request)),
  );

  app.post(
    '/coalitions/:slug/indicators/:code/archive',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['indicators'],
        summary: 'Archive an indicator: its history stays, it stops counting from now on',
        params: zIndicatorParams,
        response: { 200: zIndicatorDetail, ...errors },
      },
    },
    async (request) =>
      setIndicatorArchived(app.db, requireCoalitionContext(request).id, request.params.code, true, actorOf(request)),
  );

  app.post(
    '/coalitions/:slug/indicators/:code/restore',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['indicators'],
        summary: 'Bring an archived indicator back into use',
        params: zIndicatorParams,
        response: { 200: zIndicatorDetail, ...errors },
      },
    },
    async (request) =>
      setIndicatorArchived(app.db, requireCoalitionContext(request).id, request.params.code, false, actorOf(request)),
  );

  app.post(
    '/coalitions/:slug/indicators/:code/references',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['indicators'],
        summary: 'A new target, baseline or national value from a quarter on; the same quarter again corrects it',
        params: zIndicatorParams,
        body: zReferenceInput,
        response: { 200: zIndicatorDetail, ...errors },
      },
    },
    async (request) =>
      addReference(app.db, requireCoalitionContext(request).id, request.params.code, request.body, actorOf(request)),
  );
};
