import type { Db } from '@tks/db/client';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { coalitionRoutes } from './features/coalitions/coalitions.routes';
import { indicatorRoutes } from './features/indicators/indicators.routes';
import { clientPlugin } from './plugins/client';
import { errorHandlerPlugin } from './plugins/errors';
import { openApiPlugin } from './plugins/openapi';
import { securityPlugin } from './plugins/security';
import { healthRoutes } from './routes/health';
import { APP_VERSION } from './version';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface AppOptions {
  db: Db;
  /** Folder of the built client to serve; left out, the app serves only the API. */
  clientDist?: string;
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (uploads raise this per route). */
  bodyLimit?: number;
}

/**
 * The whole application as one plugin tree: external plugins, then app plugins, then routes.
 * `server.ts` only starts it; tests call it with a fresh in-memory database.
 */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Behind a reverse proxy the client's address and protocol come from X-Forwarded-*.
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);

  await app.register(securityPlugin);
  await app.register(errorHandlerPlugin);
  await app.register(openApiPlugin, { version: APP_VERSION });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(coalitionRoutes);
      await api.register(indicatorRoutes);
    },
    { prefix: '/api' },
  );

  await app.register(clientPlugin, { distDir: options.clientDist });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
