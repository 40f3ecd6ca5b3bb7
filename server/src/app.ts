import type { Db } from '@tks/db/client';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { actionRoutes } from './features/actions/actions.routes';
import { adminRoutes } from './features/admin/admin.routes';
import { annotationRoutes } from './features/annotations/annotations.routes';
import { apiKeyRoutes } from './features/api-keys/api-keys.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { authRoutes } from './features/auth/auth.routes';
import { coalitionRoutes } from './features/coalitions/coalitions.routes';
import { importRoutes } from './features/imports/imports.routes';
import type { ImportLimits } from './features/imports/source';
import { indicatorRoutes } from './features/indicators/indicators.routes';
import { createMailer, type Mailer } from './features/mail/mailer';
import { memberRoutes } from './features/members/members.routes';
import { outboxRoutes } from './features/outbox/outbox.routes';
import { questionnaireRoutes } from './features/questionnaires/questionnaires.routes';
import { registerRoutes } from './features/registers/registers.routes';
import { pdfPlugin } from './features/report/pdf.plugin';
import { reportRoutes } from './features/report/report.routes';
import { respondRoutes } from './features/respond/respond.routes';
import { shareLinkRoutes } from './features/share-links/share-links.routes';
import { thermometerRoutes } from './features/thermometer/thermometer.routes';
import { authPlugin } from './plugins/auth';
import { clientPlugin } from './plugins/client';
import { errorHandlerPlugin } from './plugins/errors';
import { openApiPlugin } from './plugins/openapi';
import { securityPlugin } from './plugins/security';
import { healthRoutes } from './routes/health';
import { APP_VERSION } from './version';

export interface AppSettings {
  /** Base URL for links in e-mails; when unset, the address a request came in on. */
  publicUrl: string | undefined;
  sessionIdleHours: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    mailer: Mailer;
    settings: AppSettings;
  }
}

export interface AppOptions {
  db: Db;
  /** Folder of the built client to serve; left out, the app serves only the API. */
  clientDist?: string;
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (uploads raise this per route). */
  bodyLimit?: number;
  /** Without an SMTP URL every e-mail stays in the in-app outbox. */
  mail?: { smtpUrl?: string | undefined; from?: string };
  publicUrl?: string;
  sessionIdleHours?: number;
  /** Size and row limits of indicator imports (defaults: 20 MB, 200,000 rows). */
  importLimits?: Partial<ImportLimits>;
  /** Chromium for the report PDF; left out, the usual places are searched; null turns PDFs off. */
  chromiumPath?: string | null;
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
  app.decorate(
    'mailer',
    createMailer(options.db, {
      ...(options.mail?.smtpUrl ? { smtpUrl: options.mail.smtpUrl } : {}),
      from: options.mail?.from ?? 'Thermometer Kansrijke Start <noreply@thermometer.localhost>',
      logger: app.log,
    }),
  );
  app.decorate('settings', {
    publicUrl: options.publicUrl?.replace(/\/+$/, ''),
    sessionIdleHours: options.sessionIdleHours ?? 12,
  } satisfies AppSettings);

  await app.register(securityPlugin);
  await app.register(errorHandlerPlugin);
  // Before any route: it checks that every /api route declares who may call it.
  await app.register(authPlugin, { sessionIdleHours: app.settings.sessionIdleHours });
  await app.register(openApiPlugin, { version: APP_VERSION });
  await app.register(pdfPlugin, { chromiumPath: options.chromiumPath });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(coalitionRoutes);
      await api.register(indicatorRoutes);
      await api.register(importRoutes, { limits: options.importLimits ?? {} });
      await api.register(apiKeyRoutes);
      await api.register(thermometerRoutes);
      await api.register(questionnaireRoutes);
      await api.register(annotationRoutes);
      await api.register(memberRoutes);
      await api.register(shareLinkRoutes);
      await api.register(reportRoutes);
      await api.register(auditRoutes);
      await api.register(outboxRoutes);
      await api.register(adminRoutes);
      await api.register(registerRoutes);
      await api.register(actionRoutes);
      await api.register(respondRoutes);
    },
    { prefix: '/api' },
  );

  await app.register(clientPlugin, { distDir: options.clientDist });
  app.addHook('onClose', async () => app.mailer.close());
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
