import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  zMember,
  type zMemberUpdate,
  type zNewAccountInvitation,
  zPendingInvitation,
} from '@tks/shared/schemas/members';
import type { z } from 'zod';
import { apiSend } from '../../../api/client';
import { authKeys } from '../../auth/queries';
import { coalitionPath } from '../../coalitions/queries';
import { auditKeys } from '../audit/queries';
import { outboxKeys } from '../outbox/queries';
import { memberKeys } from './queries';

/** Every change to membership shows in the members list and the log; an invitation also sends a mail. */
function refreshAfterChange(queryClient: QueryClient, slug: string, { mailSent = false, ownRole = false } = {}) {
  void queryClient.invalidateQueries({ queryKey: memberKeys.all(slug) });
  void queryClient.invalidateQueries({ queryKey: auditKeys.all(slug) });
  if (mailSent) void queryClient.invalidateQueries({ queryKey: outboxKeys.all(slug) });
  // The coordinator may have changed their own role; the session holds it.
  if (ownRole) void queryClient.invalidateQueries({ queryKey: authKeys.session() });
}

export function useInviteMemberMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof zNewAccountInvitation>) =>
      apiSend('POST', `${coalitionPath(slug)}/invitations`, body, zPendingInvitation),
    onSuccess: () => refreshAfterChange(queryClient, slug, { mailSent: true }),
  });
}

export function useRevokeInvitationMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: number) => apiSend('DELETE', `${coalitionPath(slug)}/invitations/${invitationId}`),
    onSuccess: () => refreshAfterChange(queryClient, slug),
  });
}

export function useUpdateMemberMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, update }: { userId: number; update: z.output<typeof zMemberUpdate> }) =>
      apiSend('PATCH', `${coalitionPath(slug)}/members/${userId}`, update, zMember),
    onSuccess: () => refreshAfterChange(queryClient, slug, { ownRole: true }),
  });
}

export function useRemoveMemberMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => apiSend('DELETE', `${coalitionPath(slug)}/members/${userId}`),
    onSuccess: () => refreshAfterChange(queryClient, slug, { ownRole: true }),
  });
}
