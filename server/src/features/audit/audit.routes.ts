import { zAuditPage, zAuditQuery } from '@tks/shared/schemas/audit';
import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { selectAuditEntries } from './audit.queries';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/audit-log',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: 'The append-only audit log of a coalition, newest first, filterable',
        params: zCoalitionParams,
        querystring: zAuditQuery,
        response: { 200: zAuditPage, 401: zApiError, 403: zApiError },
      },
    },
    async (request) => {
      const coalition = requireCoalitionContext(request);
      const rows = selectAuditEntries(app.db, { coalitionId: coalition.id, ...request.query });
      const entries = rows.slice(0, request.query.limit);
      const hasMore = rows.length > request.query.limit;
      return { entries, nextBefore: hasMore ? (entries.at(-1)?.id ?? null) : null };
    },
  );
};
