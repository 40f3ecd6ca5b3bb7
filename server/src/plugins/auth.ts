import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import fp from 'fastify-plugin';
import { type ApiKeyContext, resolveApiKey } from '../features/api-keys/api-keys.service';
import { type Access, access } from '../features/auth/access';
import { type RequestVersions, readRequestVersions, releaseRequestVersions } from '../features/auth/access-cache';
import { deleteExpiredSessions } from '../features/auth/sessions.queries';
import {
  type AuthContext,
  type CoalitionContext,
  coalitionContext,
  resolveSession,
  SESSION_COOKIE,
} from '../features/auth/sessions.service';
import { HttpError } from '../http-error';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. */
    auth: AuthContext | null;
    /** Set on coalition routes once access is granted: the coalition of :slug and the caller's role in it. */
    coalition: CoalitionContext | null;
    /** The API key the caller presented, on routes whose rule admits API keys. */
    apiKey: ApiKeyContext | null;
    /**
     * On coalition routes: the coalition's data version, read when the request came in and before
     * any of its data, for caches of views computed from that data (see thermometer.cache.ts).
     */
    dataVersion: number | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access rule, for the authorization matrix. */
    apiRoutes: ReadonlyArray<{ method: string; url: string; access: Access }>;
  }
}

export interface AuthPluginOptions {
  sessionIdleHours: number;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isApiUrl(url: string) {
  return url === '/api' || url.startsWith('/api/');
}

function slugParam(request: FastifyRequest): string | null {
  const slug = (request.params as { slug?: unknown }).slug;
  return typeof slug === 'string' ? slug : null;
}

/** The rule, applied. Throws the HttpError that the error handler turns into 401 or 403. */
function enforce(rule: Access, request: FastifyRequest, versions: RequestVersions) {
  if (rule.kind === 'public') return;
  if (request.apiKey && rule.kind === 'coalition' && rule.apiKey) {
    // A key opens its own coalition only, acting with the rights the route grants to keys.
    if (request.apiKey.coalition.slug !== slugParam(request)) {
      throw new HttpError(403, 'forbidden');
    }
    request.coalition = { ...request.apiKey.coalition, role: 'coordinator', organisationId: null };
    return;
  }
  const auth = request.auth;
  if (!auth) throw new HttpError(401, 'unauthenticated');
  switch (rule.kind) {
    case 'signed_in':
      return;
    case 'platform_admin':
      if (!auth.user.isPlatformAdmin) throw new HttpError(403, 'forbidden');
      return;
    case 'coalition': {
      const slug = slugParam(request);
      // A coalition the caller does not belong to is answered like one they may not see: no hint it exists.
      const context = slug === null ? null : coalitionContext(request.server.db, auth.user.id, slug, versions.access);
      if (!context || !rule.roles.includes(context.role)) throw new HttpError(403, 'forbidden');
      request.coalition = context;
      return;
    }
  }
}

/**
 * Sessions, authorization, CSRF protection and rate limits. Every /api route must declare
 * `config.access`; a route without one fails at registration, so a forgotten rule cannot ship.
 */
export const authPlugin = fp(
  async (app, options: AuthPluginOptions) => {
    await app.register(cookie);
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: 'tks_csrf',
      cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: 'auto' },
      getToken: (request) => {
        const header = request.headers['x-csrf-token'];
        return Array.isArray(header) ? header[0] : header;
      },
    });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: () => new HttpError(429, 'too_many_requests'),
    });

    app.decorateRequest('auth', null);
    app.decorateRequest('coalition', null);
    app.decorateRequest('apiKey', null);
    app.decorateRequest('dataVersion', null);

    const routes: Array<{ method: string; url: string; access: Access }> = [];
    app.decorate('apiRoutes', routes);

    app.addHook('onRoute', (route) => {
      if (!isApiUrl(route.url)) return;
      // The documentation UI's own routes (registered by @fastify/swagger-ui) are public by nature.
      if (route.url === '/api/docs' || route.url.startsWith('/api/docs/')) {
        route.config = { ...route.config, access: access.public, csrf: false };
      }
      const rule = route.config?.access;
      const methods = ([] as HTTPMethods[]).concat(route.method);
      if (!rule) throw new Error(`${methods.join(',')} ${route.url} declares no access rule (config.access)`);
      for (const method of methods) {
        if (method !== 'HEAD') routes.push({ method, url: route.url, access: rule });
      }
    });

    // Expired sessions are refused when presented; this only keeps the table from growing.
    const prune = () => {
      try {
        deleteExpiredSessions(app.db, new Date().toISOString());
      } catch (error) {
        // Housekeeping only: a database problem shows in /api/health, not as a failed start.
        app.log.warn({ err: error }, 'could not prune expired sessions');
      }
    };
    let pruning: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      prune();
      pruning = setInterval(prune, 60 * 60_000).unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(pruning);
      releaseRequestVersions(app.db);
    });

    app.addHook('onRequest', async (request, reply) => {
      const rule = request.routeOptions.config.access;
      if (!rule) return;
      const token = request.cookies[SESSION_COOKIE];
      if (rule.kind === 'public' && !token) return;
      // First, before anything else is read: the versions this request works under (one statement).
      const versions = readRequestVersions(app.db, rule.kind === 'coalition' ? slugParam(request) : null);
      request.dataVersion = versions.data;
      const key = rule.kind === 'coalition' && rule.apiKey ? bearerToken(request) : null;
      if (key !== null) {
        // Only routes that admit keys look at the header; elsewhere it is ignored like any other.
        request.apiKey = resolveApiKey(app.db, key);
        if (!request.apiKey) throw new HttpError(401, 'api_key_invalid');
        return enforce(rule, request, versions);
      }
      if (token) {
        request.auth = resolveSession(app.db, token, options.sessionIdleHours, versions.access);
        if (!request.auth) clearSessionCookie(reply);
      }
      enforce(rule, request, versions);
    });

    app.addHook('onRequest', (request, reply, done) => {
      const config = request.routeOptions.config;
      // A call with an API key carries no cookie, so there is no cross-site request to forge.
      if (!config.access || config.csrf === false || request.apiKey || !UNSAFE_METHODS.has(request.method)) {
        return done();
      }
      app.csrfProtection(request, reply, done);
    });
  },
  { name: 'auth' },
);

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' });
}
