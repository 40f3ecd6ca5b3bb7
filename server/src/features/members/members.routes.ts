import { zCoalitionItemParams, zCoalitionParams } from '@tks/shared/schemas/coalitions';
import { zApiError } from '@tks/shared/schemas/errors';
import {
  zMember,
  zMemberList,
  zMemberParams,
  zMemberUpdate,
  zNewAccountInvitation,
  zPendingInvitation,
} from '@tks/shared/schemas/members';

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit';
import { access } from '../auth/access';
import { baseUrl } from '../auth/auth.routes';
import { requireCoalitionContext } from '../auth/context';
import { inviteMember, listMembers, removeMember, revokeInvitation, updateMember } from './members.service';

const errors = { 400: zApiError, 401: zApiError, 403: zApiError, 404: zApiError, 409: zApiError };

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coalitions/:slug/members',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: 'Members of the coalition and pending invitations',
        params: zCoalitionParams,
        response: { 200: zMemberList, ...errors },
      },
    },
    async (request) => listMembers(app.db, requireCoalitionContext(request).id),
  );

  app.post(
    '/coalitions/:slug/invitations',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: 'Invite someone to the coalition by e-mail',
        params: zCoalitionParams,
        body: zNewAccountInvitation,
        response: { 201: zPendingInvitation, ...errors },
      },
    },
    async (request, reply) => {
      const actor = { ...actorOf(request), name: request.auth?.user.name ?? null };
      const invitation = await inviteMember(
        app.db,
        app.mailer,
        requireCoalitionContext(request),
        request.body,
        actor,
        baseUrl(request),
      );
      return reply.code(201).send(invitation);
    },
  );

  app.delete(
    '/coalitions/:slug/invitations/:id',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: 'Withdraw a pending invitation',
        params: zCoalitionItemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      revokeInvitation(app.db, requireCoalitionContext(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/coalitions/:slug/members/:userId',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: "Change a member's role or organisation",
        params: zMemberParams,
        body: zMemberUpdate,
        response: { 200: zMember, ...errors },
      },
    },
    async (request) =>
      updateMember(app.db, requireCoalitionContext(request).id, request.params.userId, request.body, actorOf(request)),
  );

  app.delete(
    '/coalitions/:slug/members/:userId',
    {
      config: { access: access.coordinator },
      schema: {
        tags: ['administration'],
        summary: 'Remove a member from the coalition (the account stays)',
        params: zMemberParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      removeMember(app.db, requireCoalitionContext(request).id, request.params.userId, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
