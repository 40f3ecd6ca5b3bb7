import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const openApiPlugin = fp(
  async (app, options: { version: string }) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Thermometer Kansrijke Start API',
          description: 'The API behind the coalition thermometer. Every error answers with the ApiError shape.',
          version: options.version,
        },
        tags: [
          { name: 'system', description: 'Health and metadata' },
          { name: 'coalitions', description: 'Coalitions and their partner organisations' },
          { name: 'indicators', description: 'Indicator catalogue and values' },
          { name: 'thermometer', description: 'Scores per quarter, components and measures' },
          { name: 'auth', description: 'Sign-in, sessions, password reset and invitations' },
          { name: 'administration', description: 'Members, audit log and outbox of a coalition' },
          { name: 'report', description: 'Quarterly report and its share links' },
          { name: 'platform', description: 'Platform administration' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      // Swagger UI sets inline styles at run time; scripts stay locked to hashes on this page only.
      transformStaticCSP: (header) => header.replace(/style-src ([^;]*)/, "style-src $1 'unsafe-inline'"),
    });
  },
  { name: 'openapi' },
);
