import { zTokenParams } from '@tks/shared/schemas/auth';
import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zCreatedShareLink, zNewShareLink, zSharedReport, zShareLinkList } from '@tks/shared/schemas/share-links';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit';
import { access, rateLimits } from '../auth/access';
import { baseUrl } from '../auth/auth.routes';
import { requireCoalitionContext } from '../auth/context';
import { createShareLink, listShareLinks, openSharedReport, revokeShareLink } from './share-links.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError };

export const shareLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/share-links',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['report'],
        summary: 'Read-only links to a quarterly report',
        params: zCoalitionParams,
        response: { 200: zShareLinkList, ...errors },
      },
    },
    async (request) => ({ shareLinks: listShareLinks(app.db, requireCoalitionContext(request).id) }),
  );

  app.post(
    '/coalitions/:slug/share-links',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['report'],
        summary: 'Create an expiring read-only link to one quarterly report; the URL is shown only now',
        params: zCoalitionParams,
        body: zNewShareLink,
        response: { 201: zCreatedShareLink, ...errors },
      },
    },
    async (request, reply) => {
      const link = createShareLink(
        app.db,
        requireCoalitionContext(request).id,
        request.body,
        actorOf(request),
        baseUrl(request),
      );
      return reply.code(201).send(link);
    },
  );

  app.delete(
    '/coalitions/:slug/share-links/:id',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['report'],
        summary: 'Revoke a share link at once',
        params: zCoalitionItemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      revokeShareLink(app.db, requireCoalitionContext(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/share/:token',
    {
      config: { access: access.public, rateLimit: rateLimits.personalLink },
      schema: {
        tags: ['report'],
        summary: 'The quarterly report a share link opens (read-only, no account)',
        params: zTokenParams,
        response: { 200: zSharedReport, 404: zApiError },
      },
    },
    async (request) => openSharedReport(app.db, request.params.token, { pdfAvailable: app.pdfRenderer.available }),
  );
};
