import { zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import {
  zAddedInvitees,
  zConclusion,
  zConclusionInput,
  zImportPreview,
  zImportRequest,
  zImportResult,
  zInstrumentVersionDetail,
  zInstrumentVersionEdit,
  zInstrumentVersionList,
  zInstrumentVersionParams,
  zInviteeParams,
  zNewInvitees,
  zNewRound,
  zQuestionnaireSettings,
  zResultsQuery,
  zRoundDetail,
  zRoundList,
  zRoundParams,
  zRoundResults,
  zRoundSummary,
  zSentCount,
} from '@tks/shared/schemas/questionnaires';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLocale } from '../../plugins/errors';
import { actorOf } from '../audit/audit';
import { access, rateLimits } from '../auth/access';
import { baseUrl } from '../auth/auth.routes';
import { requireCoalitionContext } from '../auth/context';
import { commitImport, previewImport } from './import.service';
import {
  copyInstrumentVersion,
  editInstrumentVersion,
  getInstrumentVersion,
  listInstrumentVersions,
} from './instruments.service';
import { getRoundResults, saveConclusion } from './results.service';
import {
  addInvitees,
  closeRound,
  createRound,
  getRoundDetail,
  listRounds,
  openRound,
  removeInvitee,
  sendReminders,
  updateMinGroupSize,
} from './rounds.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError, 409: zApiError };
const tags = ['questionnaires'];
/** A CSV export of a few thousand responses, base64 in JSON. */
const IMPORT_BODY_LIMIT = 3 * 1024 * 1024;

export const questionnaireRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---------------------------------------------------------------------------------------------
  // Instrument versions
  // ---------------------------------------------------------------------------------------------

  app.get(
    '/coalitions/:slug/instrument-versions',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Versions of the partner questionnaire, with whether each can still be edited',
        params: zCoalitionParams,
        response: { 200: zInstrumentVersionList, ...errors },
      },
    },
    async (request) => listInstrumentVersions(app.db, requireCoalitionContext(request).id),
  );

  app.get(
    '/coalitions/:slug/instrument-versions/:versionId',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'One version: its dimensions, statements and open questions',
        params: zInstrumentVersionParams,
        response: { 200: zInstrumentVersionDetail, ...errors },
      },
    },
    async (request) => getInstrumentVersion(app.db, requireCoalitionContext(request).id, request.params.versionId),
  );

  app.post(
    '/coalitions/:slug/instrument-versions/:versionId/copy',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'A new draft version copied from this one; its statements keep their identity',
        params: zInstrumentVersionParams,
        response: { 201: zInstrumentVersionDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          copyInstrumentVersion(
            app.db,
            requireCoalitionContext(request).id,
            request.params.versionId,
            actorOf(request),
          ),
        ),
  );

  app.put(
    '/coalitions/:slug/instrument-versions/:versionId',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary:
          'Replace the contents of a draft version (409 once a round used it); reworded statements become new items',
        params: zInstrumentVersionParams,
        body: zInstrumentVersionEdit,
        response: { 200: zInstrumentVersionDetail, ...errors },
      },
    },
    async (request) =>
      editInstrumentVersion(
        app.db,
        requireCoalitionContext(request).id,
        request.params.versionId,
        request.body,
        actorOf(request),
      ),
  );

  app.put(
    '/coalitions/:slug/questionnaire-settings',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'The minimum number of respondents before any result or breakdown is shown (at least 3)',
        params: zCoalitionParams,
        body: zQuestionnaireSettings,
        response: { 200: zQuestionnaireSettings, ...errors },
      },
    },
    async (request) =>
      updateMinGroupSize(app.db, requireCoalitionContext(request).id, request.body.minGroupSize, actorOf(request)),
  );

  // ---------------------------------------------------------------------------------------------
  // Rounds
  // ---------------------------------------------------------------------------------------------

  app.get(
    '/coalitions/:slug/rounds',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Questionnaire rounds (partners and directors see closed rounds only)',
        params: zCoalitionParams,
        response: { 200: zRoundList, ...errors },
      },
    },
    async (request) => {
      const coalition = requireCoalitionContext(request);
      return listRounds(app.db, coalition.id, coalition.role);
    },
  );

  app.post(
    '/coalitions/:slug/rounds',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Create a draft round for a quarter with an instrument version',
        params: zCoalitionParams,
        body: zNewRound,
        response: { 201: zRoundSummary, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(createRound(app.db, requireCoalitionContext(request).id, request.body, actorOf(request))),
  );

  app.get(
    '/coalitions/:slug/rounds/:roundId',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Response tracking: who was invited and who responded (never what they answered)',
        params: zRoundParams,
        response: { 200: zRoundDetail, ...errors },
      },
    },
    async (request) => getRoundDetail(app.db, requireCoalitionContext(request).id, request.params.roundId),
  );

  app.post(
    '/coalitions/:slug/rounds/:roundId/invitees',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Add invitees; in an open round their personal links are mailed at once',
        params: zRoundParams,
        body: zNewInvitees,
        response: { 200: zAddedInvitees, ...errors },
      },
    },
    async (request) =>
      addInvitees(
        app.db,
        app.mailer,
        requireCoalitionContext(request),
        request.params.roundId,
        request.body.invitees,
        actorOf(request),
        baseUrl(request),
      ),
  );

  app.delete(
    '/coalitions/:slug/rounds/:roundId/invitees/:inviteeId',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Remove an invitee who has not been sent a link yet',
        params: zInviteeParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      removeInvitee(
        app.db,
        requireCoalitionContext(request).id,
        request.params.roundId,
        request.params.inviteeId,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/coalitions/:slug/rounds/:roundId/open',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Open the round: every invitee gets a personal single-use link by e-mail',
        params: zRoundParams,
        response: { 200: zSentCount, ...errors },
      },
    },
    async (request) =>
      openRound(
        app.db,
        app.mailer,
        requireCoalitionContext(request),
        request.params.roundId,
        actorOf(request),
        baseUrl(request),
      ),
  );

  app.post(
    '/coalitions/:slug/rounds/:roundId/reminders',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Remind the invitees who have not responded, within the maximum and the minimum interval',
        params: zRoundParams,
        response: { 200: zSentCount, ...errors },
      },
    },
    async (request) =>
      sendReminders(
        app.db,
        app.mailer,
        requireCoalitionContext(request),
        request.params.roundId,
        actorOf(request),
        baseUrl(request),
      ),
  );

  app.post(
    '/coalitions/:slug/rounds/:roundId/close',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Close the round; its links stop working and the results become visible to the coalition',
        params: zRoundParams,
        response: { 200: zRoundSummary, ...errors },
      },
    },
    async (request) =>
      closeRound(app.db, requireCoalitionContext(request).id, request.params.roundId, actorOf(request)),
  );

  // ---------------------------------------------------------------------------------------------
  // Results and their discussion
  // ---------------------------------------------------------------------------------------------

  app.get(
    '/coalitions/:slug/rounds/:roundId/results',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary:
          'Results per dimension with small groups suppressed; partners and directors only after the round closed',
        params: zRoundParams,
        querystring: zResultsQuery,
        response: { 200: zRoundResults, ...errors },
      },
    },
    async (request) =>
      getRoundResults(app.db, requireCoalitionContext(request), request.params.roundId, request.query.breakdown),
  );

  app.put(
    '/coalitions/:slug/rounds/:roundId/conclusions',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Record what the coalition meeting concluded about a dimension (or the round as a whole)',
        params: zRoundParams,
        body: zConclusionInput,
        response: { 200: z.object({ conclusions: z.array(zConclusion) }), ...errors },
      },
    },
    async (request) => ({
      conclusions: saveConclusion(
        app.db,
        requireCoalitionContext(request).id,
        request.params.roundId,
        request.body,
        actorOf(request),
      ),
    }),
  );

  // ---------------------------------------------------------------------------------------------
  // Responses collected elsewhere
  // ---------------------------------------------------------------------------------------------

  app.post(
    '/coalitions/:slug/rounds/:roundId/import/preview',
    {
      config: { access: access.coordinator, rateLimit: rateLimits.upload },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Read a survey tool’s CSV export: its columns, a suggested mapping and every problem by line and column',
        params: zRoundParams,
        body: zImportRequest,
        response: { 200: zImportPreview, ...errors },
      },
    },
    async (request) =>
      previewImport(
        { db: app.db, coalitionId: requireCoalitionContext(request).id, roundId: request.params.roundId },
        request.body,
        requestLocale(request),
      ),
  );

  app.post(
    '/coalitions/:slug/rounds/:roundId/import',
    {
      config: { access: access.coordinator, rateLimit: rateLimits.upload },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Store the responses of a CSV export in one transaction (refused while it has problems)',
        params: zRoundParams,
        body: zImportRequest.required({ mapping: true }),
        response: { 201: zImportResult, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          commitImport(
            { db: app.db, coalitionId: requireCoalitionContext(request).id, roundId: request.params.roundId },
            request.body,
            actorOf(request),
            requestLocale(request),
          ),
        ),
  );
};
