import {
  zAction,
  zActionInput,
  zActionList,
  zActionStatusInput,
  zObstacle,
  zObstacleInput,
  zObstacleList,
} from '@tks/shared/schemas/actions';
import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import { zArchivedQuery } from '@tks/shared/schemas/registers';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { requireCoalitionContext } from '../auth/context';
import {
  createImprovementAction,
  createObstacle,
  listActions,
  listObstacles,
  setActionArchived,
  setActionStatus,
  setObstacleArchived,
  updateImprovementAction,
  updateObstacle,
} from './actions.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError, 409: zApiError };
const tags = ['actions'];

export const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/actions',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Improvement actions with their source and grouped obstacles',
        params: zCoalitionParams,
        querystring: zArchivedQuery,
        response: { 200: zActionList, ...errors },
      },
    },
    async (request) => ({ actions: listActions(app.db, requireCoalitionContext(request).id, request.query) }),
  );
  app.post(
    '/coalitions/:slug/actions',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary:
          'Create an improvement action; `source` says where it came from (questionnaire dimension, mirror conversation, meeting, indicator, other)',
        params: zCoalitionParams,
        body: zActionInput,
        response: { 201: zAction, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(createImprovementAction(app.db, requireCoalitionContext(request), request.body, actorOf(request))),
  );
  app.put(
    '/coalitions/:slug/actions/:id',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Change an improvement action',
        params: zCoalitionItemParams,
        body: zActionInput,
        response: { 200: zAction, ...errors },
      },
    },
    async (request) =>
      updateImprovementAction(
        app.db,
        requireCoalitionContext(request),
        request.params.id,
        request.body,
        actorOf(request),
      ),
  );
  app.post(
    '/coalitions/:slug/actions/:id/status',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Start, close, drop or reopen an improvement action',
        params: zCoalitionItemParams,
        body: zActionStatusInput,
        response: { 200: zAction, ...errors },
      },
    },
    async (request) =>
      setActionStatus(app.db, requireCoalitionContext(request), request.params.id, request.body, actorOf(request)),
  );
  for (const archived of [true, false]) {
    app.post(
      `/coalitions/:slug/actions/:id/${archived ? 'archive' : 'restore'}`,
      {
        config: { access: access.coalitionEditors },
        schema: {
          tags,
          summary: archived ? 'Archive an improvement action' : 'Restore an archived improvement action',
          params: zCoalitionItemParams,
          response: { 200: zAction, ...errors },
        },
      },
      async (request) =>
        setActionArchived(app.db, requireCoalitionContext(request), request.params.id, archived, actorOf(request)),
    );
  }

  app.get(
    '/coalitions/:slug/obstacles',
    {
      config: { access: access.coalitionMembers },
      schema: {
        tags,
        summary: 'Obstacles reported by every role, grouped or not yet grouped under an action',
        params: zCoalitionParams,
        querystring: zArchivedQuery,
        response: { 200: zObstacleList, ...errors },
      },
    },
    async (request) => ({ obstacles: listObstacles(app.db, requireCoalitionContext(request).id, request.query) }),
  );
  app.post(
    '/coalitions/:slug/obstacles',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Report an obstacle',
        params: zCoalitionParams,
        body: zObstacleInput,
        response: { 201: zObstacle, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(createObstacle(app.db, requireCoalitionContext(request), request.body, actorOf(request))),
  );
  app.put(
    '/coalitions/:slug/obstacles/:id',
    {
      config: { access: access.coalitionEditors },
      schema: {
        tags,
        summary: 'Change an obstacle or group it under an action',
        params: zCoalitionItemParams,
        body: zObstacleInput,
        response: { 200: zObstacle, ...errors },
      },
    },
    async (request) =>
      updateObstacle(app.db, requireCoalitionContext(request), request.params.id, request.body, actorOf(request)),
  );
  for (const archived of [true, false]) {
    app.post(
      `/coalitions/:slug/obstacles/:id/${archived ? 'archive' : 'restore'}`,
      {
        config: { access: access.coalitionEditors },
        schema: {
          tags,
          summary: archived ? 'Archive an obstacle' : 'Restore an archived obstacle',
          params: zCoalitionItemParams,
          response: { 200: zObstacle, ...errors },
        },
      },
      async (request) =>
        setObstacleArchived(app.db, requireCoalitionContext(request), request.params.id, archived, actorOf(request)),
    );
  }
};
