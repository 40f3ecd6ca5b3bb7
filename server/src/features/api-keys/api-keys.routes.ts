import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zApiKeyList, zCreatedApiKey, zNewApiKey } from '@tks/shared/schemas/imports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError };

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/api-keys',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['imports'],
        summary: 'API keys for automated indicator feeds',
        params: zCoalitionParams,
        response: { 200: zApiKeyList, ...errors },
      },
    },
    async (request) => ({ apiKeys: listApiKeys(app.db, requireCoalitionContext(request).id) }),
  );

  app.post(
    '/coalitions/:slug/api-keys',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['imports'],
        summary: 'Create an API key; the key is shown only in this answer',
        params: zCoalitionParams,
        body: zNewApiKey,
        response: { 201: zCreatedApiKey, ...errors },
      },
    },
    async (request, reply) => {
      const key = createApiKey(app.db, requireCoalitionContext(request).id, request.body.name, actorOf(request));
      return reply.code(201).send(key);
    },
  );

  app.delete(
    '/coalitions/:slug/api-keys/:id',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['imports'],
        summary: 'Revoke an API key at once',
        params: zCoalitionItemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      revokeApiKey(app.db, requireCoalitionContext(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
