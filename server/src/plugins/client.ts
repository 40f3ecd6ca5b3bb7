import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { errorBody, requestLocale } from './errors';

/**
 * Serves the built client from the API's port. Unknown /api paths answer in the API's error shape,
 * and so do missing files (a stale /assets/*.js after a release must fail as a 404, not as HTML);
 * every other unknown path is a client route and gets index.html. Personal questionnaire links
 * (/q/<token>) get respond.html, the questionnaire's own page.
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

    // A personal questionnaire link opens its own small page (respond.html), not the app. The token
    // in the path is a credential: the page is never cached and never sends it on as a referrer.
    const hasQuestionnaire = distDir !== undefined && hasClient && existsSync(join(distDir, 'respond.html'));
    app.get('/q/*', (request, reply) => {
      if (!hasQuestionnaire) return reply.code(404).send(errorBody('not_found', 404, requestLocale(request)));
      return reply
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .header('x-robots-tag', 'noindex')
        .type('text/html; charset=utf-8')
        .sendFile('respond.html', { cacheControl: false });
    });

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
