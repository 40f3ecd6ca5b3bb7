import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import {
  zAgreement,
  zAgreementInput,
  zAgreementList,
  zArchivedQuery,
  zCarePlanCount,
  zCarePlanCountInput,
  zCarePlanCountList,
  zLearningActivity,
  zLearningActivityInput,
  zLearningActivityList,
  zMeasureTarget,
  zMeasureTargetInput,
  zMeasureTargetList,
  zMirrorConversation,
  zMirrorConversationInput,
  zMirrorConversationList,
} from '@tks/shared/schemas/registers';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import { createAgreement, listAgreements, setAgreementArchived, updateAgreement } from './agreements.service';
import {
  createCarePlanCount,
  listCarePlanCounts,
  listMeasureTargets,
  setCarePlanCountArchived,
  setMeasureTarget,
  updateCarePlanCount,
} from './care-plans.service';
import {
  createLearningActivity,
  learningBreadth,
  listLearningActivities,
  setLearningActivityArchived,
  updateLearningActivity,
} from './learning.service';
import {
  createMirrorConversation,
  listMirrorConversations,
  setMirrorConversationArchived,
  updateMirrorConversation,
} from './mirror-conversations.service';

/*
 * The registers of components 2 to 5. Everyone in the coalition reads them; coordinators and
 * partners write (partners only their own organisation's entries, checked in the services);
 * directors read only. Nothing is deleted: entries are archived and can be restored.
 */

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError, 409: zApiError };
const tags = ['registers'];

export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  // --- Information-sharing agreements ---------------------------------------------------------
  app.get(
    '/coalitions/:slug/agreements',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Information-sharing agreements',
        params: zCoalitionParams,
        querystring: zArchivedQuery,
        response: { 200: zAgreementList, ...errors },
      },
    },
    async (request) => ({
      agreements: listAgreements(app.db, requireCoalitionContext(request).id, request.query),
    }),
  );
  app.post(
    '/coalitions/:slug/agreements',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Record an information-sharing agreement',
        params: zCoalitionParams,
        body: zAgreementInput,
        response: { 201: zAgreement, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(createAgreement(app.db, requireCoalitionContext(request), request.body, actorOf(request))),
  );
  app.put(
    '/coalitions/:slug/agreements/:id',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Change an information-sharing agreement',
        params: zCoalitionItemParams,
        body: zAgreementInput,
        response: { 200: zAgreement, ...errors },
      },
    },
    async (request) =>
      updateAgreement(app.db, requireCoalitionContext(request), request.params.id, request.body, actorOf(request)),
  );
  for (const archived of [true, false]) {
    app.post(
      `/coalitions/:slug/agreements/:id/${archived ? 'archive' : 'restore'}`,
      {
        config: { access: access.coalitionEditors },
        schema: {
          tags,
          summary: archived ? 'Archive an agreement' : 'Restore an archived agreement',
          params: zCoalitionItemParams,
          response: { 200: zAgreement, ...errors },
        },
      },
      async (request) =>
        setAgreementArchived(app.db, requireCoalitionContext(request), request.params.id, archived, actorOf(request)),
    );
  }

  // --- Mirror conversations -------------------------------------------------------------------
  app.get(
    '/coalitions/:slug/mirror-conversations',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Mirror conversations with parents, with their follow-up actions',
        params: zCoalitionParams,
        querystring: zArchivedQuery,
        response: { 200: zMirrorConversationList, ...errors },
      },
    },
    async (request) => ({
      mirrorConversations: listMirrorConversations(app.db, requireCoalitionContext(request).id, request.query),
    }),
  );
  app.post(
    '/coalitions/:slug/mirror-conversations',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Record a mirror conversation',
        params: zCoalitionParams,
        body: zMirrorConversationInput,
        response: { 201: zMirrorConversation, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(createMirrorConversation(app.db, requireCoalitionContext(request), request.body, actorOf(request))),
  );
  app.put(
    '/coalitions/:slug/mirror-conversations/:id',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Change a mirror conversation',
        params: zCoalitionItemParams,
        body: zMirrorConversationInput,
        response: { 200: zMirrorConversation, ...errors },
      },
    },
    async (request) =>
      updateMirrorConversation(
        app.db,
        requireCoalitionContext(request),
        request.params.id,
        request.body,
        actorOf(request),
      ),
  );
  for (const archived of [true, false]) {
    app.post(
      `/coalitions/:slug/mirror-conversations/:id/${archived ? 'archive' : 'restore'}`,
      {
        config: { access: access.coalitionEditors },
        schema: {
          tags,
          summary: archived ? 'Archive a mirror conversation' : 'Restore an archived mirror conversation',
          params: zCoalitionItemParams,
          response: { 200: zMirrorConversation, ...errors },
        },
      },
      async (request) =>
        setMirrorConversationArchived(
          app.db,
          requireCoalitionContext(request),
          request.params.id,
          archived,
          actorOf(request),
        ),
    );
  }

  // --- Learning activities --------------------------------------------------------------------
  app.get(
    '/coalitions/:slug/learning-activities',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Learning activities and the breadth of participation over the last twelve months',
        params: zCoalitionParams,
        querystring: zArchivedQuery,
        response: { 200: zLearningActivityList, ...errors },
      },
    },
    async (request) => {
      const coalitionId = requireCoalitionContext(request).id;
      return {
        learningActivities: listLearningActivities(app.db, coalitionId, request.query),
        breadth: learningBreadth(app.db, coalitionId),
      };
    },
  );
  app.post(
    '/coalitions/:slug/learning-activities',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Record a learning activity',
        params: zCoalitionParams,
        body: zLearningActivityInput,
        response: { 201: zLearningActivity, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(createLearningActivity(app.db, requireCoalitionContext(request), request.body, actorOf(request))),
  );
  app.put(
    '/coalitions/:slug/learning-activities/:id',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Change a learning activity',
        params: zCoalitionItemParams,
        body: zLearningActivityInput,
        response: { 200: zLearningActivity, ...errors },
      },
    },
    async (request) =>
      updateLearningActivity(
        app.db,
        requireCoalitionContext(request),
        request.params.id,
        request.body,
        actorOf(request),
      ),
  );
  for (const archived of [true, false]) {
    app.post(
      `/coalitions/:slug/learning-activities/:id/${archived ? 'archive' : 'restore'}`,
      {
        config: { access: access.coalitionEditors },
        schema: {
          tags,
          summary: archived ? 'Archive a learning activity' : 'Restore an archived learning activity',
          params: zCoalitionItemParams,
          response: { 200: zLearningActivity, ...errors },
        },
      },
      async (request) =>
        setLearningActivityArchived(
          app.db,
          requireCoalitionContext(request),
          request.params.id,
          archived,
          actorOf(request),
        ),
    );
  }

  // --- Care-plan counts (coordinator only: they belong to no single organisation) -------------
  app.get(
    '/coalitions/:slug/care-plans',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Aggregate care-plan counts per quarter',
        params: zCoalitionParams,
        querystring: zArchivedQuery,
        response: { 200: zCarePlanCountList, ...errors },
      },
    },
    async (request) => ({
      carePlanCounts: listCarePlanCounts(app.db, requireCoalitionContext(request).id, request.query),
    }),
  );
  app.post(
    '/coalitions/:slug/care-plans',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Record the care-plan counts of a quarter',
        params: zCoalitionParams,
        body: zCarePlanCountInput,
        response: { 201: zCarePlanCount, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(createCarePlanCount(app.db, requireCoalitionContext(request).id, request.body, actorOf(request))),
  );
  app.put(
    '/coalitions/:slug/care-plans/:id',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Correct the care-plan counts of a quarter',
        params: zCoalitionItemParams,
        body: zCarePlanCountInput,
        response: { 200: zCarePlanCount, ...errors },
      },
    },
    async (request) =>
      updateCarePlanCount(
        app.db,
        requireCoalitionContext(request).id,
        request.params.id,
        request.body,
        actorOf(request),
      ),
  );
  for (const archived of [true, false]) {
    app.post(
      `/coalitions/:slug/care-plans/:id/${archived ? 'archive' : 'restore'}`,
      {
        config: { access: access.coordinator },
        schema: {
          tags,
          summary: archived ? 'Archive care-plan counts' : 'Restore archived care-plan counts',
          params: zCoalitionItemParams,
          response: { 200: zCarePlanCount, ...errors },
        },
      },
      async (request) =>
        setCarePlanCountArchived(
          app.db,
          requireCoalitionContext(request).id,
          request.params.id,
          archived,
          actorOf(request),
        ),
    );
  }

  // --- Targets of the register measures -------------------------------------------------------
  app.get(
    '/coalitions/:slug/measure-targets',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Targets of the register measures, each valid from a quarter',
        params: zCoalitionParams,
        response: { 200: zMeasureTargetList, ...errors },
      },
    },
    async (request) => ({ targets: listMeasureTargets(app.db, requireCoalitionContext(request).id) }),
  );
  app.put(
    '/coalitions/:slug/measure-targets',
    {
      config: { access: access.coordinator },
      schema: {
        tags,
        summary: 'Set the target of a register measure from a quarter on',
        params: zCoalitionParams,
        body: zMeasureTargetInput,
        response: { 200: zMeasureTarget, ...errors },
      },
    },
    async (request) => setMeasureTarget(app.db, requireCoalitionContext(request).id, request.body, actorOf(request)),
  );
};
