import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zAnnotation, zAnnotationInput, zAnnotationList } from '@tks/shared/schemas/thermometer';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { archiveAnnotation, createAnnotation, listAnnotations, updateAnnotation } from './annotations.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError };

export const annotationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/annotations',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags: ['thermometer'],
        summary: 'Notes on the timeline of the thermometer, oldest quarter first',
        params: zCoalitionParams,
        response: { 200: zAnnotationList, ...errors },
      },
    },
    async (request) => ({ annotations: listAnnotations(app.db, requireCoalitionContext(request).id) }),
  );

  app.post(
    '/coalitions/:slug/annotations',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['thermometer'],
        summary: 'Add a note for a quarter: on the whole thermometer, a component or an indicator',
        params: zCoalitionParams,
        body: zAnnotationInput,
        response: { 201: zAnnotation, ...errors },
      },
    },
    async (request, reply) => {
      const created = createAnnotation(app.db, requireCoalitionContext(request).id, request.body, actorOf(request));
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/coalitions/:slug/annotations/:id',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['thermometer'],
        summary: 'Change the text, quarter or scope of a note',
        params: zCoalitionItemParams,
        body: zAnnotationInput,
        response: { 200: zAnnotation, ...errors },
      },
    },
    async (request) =>
      updateAnnotation(app.db, requireCoalitionContext(request).id, request.params.id, request.body, actorOf(request)),
  );

  app.delete(
    '/coalitions/:slug/annotations/:id',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['thermometer'],
        summary: 'Remove a note from every chart (it is archived; the audit log keeps it)',
        params: zCoalitionItemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      archiveAnnotation(app.db, requireCoalitionContext(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
