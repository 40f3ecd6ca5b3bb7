import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zOutbox } from '@tks/shared/schemas/outbox';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { selectOutbox } from '../mail/mail.queries';

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/outbox',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: 'Every e-mail the app sent or stored for this coalition, with its links',
        params: zCoalitionParams,
        response: { 200: zOutbox, 401: zApiError, 403: zApiError },
      },
    },
    async (request) => ({
      messages: selectOutbox(app.db, { coalitionId: requireCoalitionContext(request).id, limit: 200 }),
    }),
  );
};
