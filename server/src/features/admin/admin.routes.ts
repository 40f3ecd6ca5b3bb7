import { zCoalition, zCoalitionList } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zNewCoalition } from '@tks/shared/schemas/members';
import { zOutbox } from '@tks/shared/schemas/outbox';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { baseUrl } from '../auth/auth.routes';
import { selectOutbox } from '../mail/mail.queries';
import { createCoalition, listAllCoalitions } from './admin.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 409: zApiError };

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/coalitions',
    {
      config: { access: access.platformAdmin },
      schema: {
        tags: ['platform'],
        summary: 'Every coalition on this installation, archived ones included',
        response: { 200: zCoalitionList, ...errors },
      },
    },
    async () => ({ coalitions: listAllCoalitions(app.db) }),
  );

  app.post(
    '/admin/coalitions',
    {
      config: { access: access.platformAdmin },
      schema: {
        tags: ['platform'],
        summary: 'Create a coalition and invite its first coordinator',
        body: zNewCoalition,
        response: { 201: zCoalition, ...errors },
      },
    },
    async (request, reply) => {
      const actor = { ...actorOf(request), name: request.auth?.user.name ?? null };
      const coalition = await createCoalition(app.db, app.mailer, request.body, actor, baseUrl(request));
      return reply.code(201).send(coalition);
    },
  );

  app.get(
    '/admin/outbox',
    {
      config: { access: access.platformAdmin },
      schema: {
        tags: ['platform'],
        summary: 'E-mail that belongs to no coalition, such as password resets',
        response: { 200: zOutbox, ...errors },
      },
    },
    async () => ({ messages: selectOutbox(app.db, { coalitionId: null, limit: 200 }) }),
  );
};
