import {
  zAccepted,
  zAcceptInvitationBody,
  zCsrfToken,
  zInvitationInfo,
  zLocaleBody,
  zPasswordResetConfirmBody,
  zPasswordResetRequestBody,
  zSessionInfo,
  zSignInBody,
  zTokenParams,
} from '@tks/shared/schemas/auth';
import { zApiError } from '@tks/shared/schemas/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../../http-error';
import { clearSessionCookie, setSessionCookie } from '../../plugins/auth';
import { actorOf } from '../audit/audit';
import { access, rateLimits } from './access';
import { updateUserLocale } from './auth.queries';
import {
  acceptInvitation,
  confirmPasswordReset,
  invitationInfo,
  recordSignIn,
  requestPasswordReset,
  sessionInfo,
  verifyCredentials,
} from './auth.service';
import { requireAuth } from './context';
import { type AuthUser, createSession, endSession } from './sessions.service';
import { hashToken } from './tokens';

/** Where links in e-mails point: the configured public URL, or the address this request came in on. */
export function baseUrl(request: FastifyRequest): string {
  return request.server.settings.publicUrl ?? `${request.protocol}://${request.host}`;
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  /** A new session for someone who just proved who they are; a session fixation attempt gets nothing. */
  function startSession(request: FastifyRequest, reply: FastifyReply, user: AuthUser) {
    if (request.auth) endSession(app.db, request.auth.tokenHash);
    const session = createSession(
      app.db,
      user.id,
      app.settings.sessionIdleHours,
      request.headers['user-agent'] ?? null,
    );
    setSessionCookie(reply, session.token, session.expiresAt);
    const { id, email, name, locale, isPlatformAdmin } = user;
    const auth = {
      user: { id, email, name, locale, isPlatformAdmin },
      tokenHash: hashToken(session.token),
      expiresAt: session.expiresAt,
    };
    return sessionInfo(app.db, auth, reply.generateCsrf());
  }

  app.get(
    '/auth/csrf',
    {
      config: { access: access.public },
      schema: {
        tags: ['auth'],
        summary: 'A CSRF token for the next change (also sets its secret cookie)',
        response: { 200: zCsrfToken },
      },
    },
    async (_request, reply) => ({ csrfToken: reply.generateCsrf() }),
  );

  app.get(
    '/auth/session',
    {
      config: { access: access.public },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, with their coalitions; null when nobody is',
        response: { 200: zSessionInfo.nullable() },
      },
    },
    // Not being signed in is an answer, not an error: a 401 here would be logged by every browser.
    async (request, reply) => (request.auth ? sessionInfo(app.db, request.auth, reply.generateCsrf()) : null),
  );

  app.post(
    '/auth/sign-in',
    {
      config: { access: access.public, rateLimit: rateLimits.signIn },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: zSignInBody,
        response: { 200: zSessionInfo, 401: zApiError, 429: zApiError },
      },
    },
    async (request, reply) => {
      const user = await verifyCredentials(app.db, request.body.email, request.body.password);
      if (!user) throw new HttpError(401, 'invalid_credentials');
      recordSignIn(app.db, user, actorOf(request));
      return startSession(request, reply, user);
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: access.public },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.auth) endSession(app.db, request.auth.tokenHash);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/auth/locale',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Keep the language the signed-in person chose with their account, for their next sign-in anywhere',
        body: zLocaleBody,
        response: { 204: z.null(), 400: zApiError, 401: zApiError },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (auth.user.locale !== request.body.locale) {
        updateUserLocale(app.db, auth.user.id, request.body.locale, new Date().toISOString());
      }
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { access: access.public, rateLimit: rateLimits.passwordReset },
      schema: {
        tags: ['auth'],
        summary: 'Mail a password reset link (answers the same whether or not the account exists)',
        body: zPasswordResetRequestBody,
        response: { 202: zAccepted, 429: zApiError },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(app.db, app.mailer, request.body.email, baseUrl(request), actorOf(request));
      return reply.code(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { access: access.public, rateLimit: rateLimits.passwordReset },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset link; ends every session of the account',
        body: zPasswordResetConfirmBody,
        response: { 204: z.null(), 400: zApiError },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(app.db, request.body.token, request.body.password, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/invitations/:token',
    {
      config: { access: access.public, rateLimit: rateLimits.personalLink },
      schema: {
        tags: ['auth'],
        summary: 'What an invitation link is for',
        params: zTokenParams,
        response: { 200: zInvitationInfo, 404: zApiError },
      },
    },
    async (request) => invitationInfo(app.db, request.params.token),
  );

  app.post(
    '/auth/invitations/accept',
    {
      config: { access: access.public, rateLimit: rateLimits.personalLink },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: create the account if needed, join the coalition, sign in',
        body: zAcceptInvitationBody,
        response: { 200: zSessionInfo, 400: zApiError, 404: zApiError },
      },
    },
    async (request, reply) => {
      const user = await acceptInvitation(app.db, request.body, actorOf(request));
      return startSession(request, reply, user);
    },
  );
};
