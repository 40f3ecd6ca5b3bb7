import { databaseStatus } from '@tks/db/client';
import { zHealth } from '@tks/shared/schemas/health';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../features/auth/access';
import { APP_VERSION } from '../version';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: access.public },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database status',
        response: { 200: zHealth, 503: zHealth },
      },
    },
    async (_request, reply) => {
      try {
        const db = databaseStatus(app.db);
        return { status: 'ok' as const, version: APP_VERSION, database: db };
      } catch (error) {
        app.log.error({ err: error }, 'database health check failed');
        return reply.code(503).send({
          status: 'degraded' as const,
          version: APP_VERSION,
          database: { ok: false, sqliteVersion: 'unknown', journalMode: 'unknown', appliedMigrations: 0 },
        });
      }
    },
  );
};
