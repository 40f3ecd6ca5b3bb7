import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { errorBody, requestLocale } from './errors';

/**
 * Serves the built client from the API's port. Unknown /api paths answer in the API's error shape,
 * and so do missing files (a stale /assets/*.js after a release must fail as a 404, not as HTML);
 * every other unknown path is a client route and gets index.html.
 */
export const clientPlugin = fp(
  async (app, options: { distDir: string | undefined }) => {
    const distDir = options.distDir;
    const hasClient = distDir !== undefined && existsSync(join(distDir, 'index.html'));
    if (hasClient) {
      // wildcard routing looks files up per request, so a rebuilt client is served without a restart.
      await app.register(fastifyStatic, { root: distDir, index: ['index.html'] });
    } else {
      app.log.warn({ distDir }, 'no built client found; serving the API only (run `pnpm build`)');
    }

    app.setNotFoundHandler((request, reply) => {
      const locale = requestLocale(request);
      const path = request.url.split('?')[0] ?? '';
      const isApi = path === '/api' || path.startsWith('/api/');
      const isFile = /\.[a-z0-9]+$/i.test(path);
      if (isApi || isFile || !hasClient || (request.method !== 'GET' && request.method !== 'HEAD')) {
        return reply.code(404).send(errorBody(isApi ? 'route_not_found' : 'not_found', 404, locale));
      }
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    });
  },
  { name: 'client' },
);
