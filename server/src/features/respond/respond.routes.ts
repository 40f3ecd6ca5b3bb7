import { zTokenParams } from '@tks/shared/schemas/auth';
import { zApiError } from '@tks/shared/schemas/errors';
import { zDraftSaved, zRespondAnswers, zRespondQuestionnaire, zSubmitted } from '@tks/shared/schemas/respond';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../http-error';
import { access, rateLimits } from '../auth/access';
import { loadQuestionnaire, saveDraft, submitResponse } from './respond.service';

const linkErrors = { 404: zApiError, 409: zApiError, 410: zApiError, 429: zApiError };

/**
 * Writes through a personal link skip the cookie-based CSRF check on purpose: they are made
 * without an account, read no session and act only on what the token in the URL opens, which a
 * forging site cannot know. What stays is a JSON body: a cross-site form can only send
 * form-encoded or plain-text bodies, and those are refused here before anything is read.
 */
const personalLinkWrite = {
  access: access.public,
  csrf: false,
  rateLimit: rateLimits.questionnaire,
} as const;

async function requireJson(request: FastifyRequest) {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, 'unsupported_media_type');
}

export const respondRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/respond/:token',
    {
      config: { access: access.public, rateLimit: rateLimits.questionnaire },
      schema: {
        tags: ['questionnaires'],
        summary: 'The questionnaire a personal link opens, with the answers saved so far (no account)',
        params: zTokenParams,
        response: { 200: zRespondQuestionnaire, ...linkErrors },
      },
    },
    async (request, reply) => {
      // Answers in progress are personal: never kept by a shared cache or the browser's history.
      reply.header('cache-control', 'no-store');
      return loadQuestionnaire(app.db, request.params.token);
    },
  );

  app.put(
    '/respond/:token/draft',
    {
      config: personalLinkWrite,
      onRequest: requireJson,
      schema: {
        tags: ['questionnaires'],
        summary: 'Save the answers so far; the same link resumes them',
        params: zTokenParams,
        body: zRespondAnswers,
        response: { 200: zDraftSaved, 400: zApiError, 415: zApiError, ...linkErrors },
      },
    },
    async (request) => saveDraft(app.db, request.params.token, request.body),
  );

  app.post(
    '/respond/:token/submit',
    {
      config: personalLinkWrite,
      onRequest: requireJson,
      schema: {
        tags: ['questionnaires'],
        summary: 'Send the answers as one anonymous response; the link is used up',
        params: zTokenParams,
        body: zRespondAnswers,
        response: { 200: zSubmitted, 400: zApiError, 415: zApiError, ...linkErrors },
      },
    },
    async (request) => submitResponse(app.db, request.params.token, request.body),
  );
};
