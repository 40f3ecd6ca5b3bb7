import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@tks/shared/locale';
import {
  type SessionInfo,
  type SignInBody,
  zAccepted,
  type zAcceptInvitationBody,
  type zPasswordResetConfirmBody,
  type zPasswordResetRequestBody,
  zSessionInfo,
} from '@tks/shared/schemas/auth';
import type { z } from 'zod';
import { apiSend, isServerError } from '../../api/client';
import { authKeys, replaceSession } from './queries';

export function useSignInMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiSend('POST', '/api/auth/sign-in', body, zSessionInfo),
    onSuccess: (session: SessionInfo) => replaceSession(queryClient, session),
  });
}

export function useSignOutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiSend('POST', '/api/auth/sign-out');
      } catch (error) {
        // A session that already expired is as signed out as the user wants to be.
        if (!isServerError(error, 401)) throw error;
      }
    },
    onSuccess: () => replaceSession(queryClient, null),
  });
}

export function useRequestPasswordResetMutation() {
  return useMutation({
    mutationFn: (body: z.output<typeof zPasswordResetRequestBody>) =>
      apiSend('POST', '/api/auth/password-reset', body, zAccepted),
  });
}

export function useConfirmPasswordResetMutation() {
  return useMutation({
    mutationFn: (body: z.output<typeof zPasswordResetConfirmBody>) =>
      apiSend('POST', '/api/auth/password-reset/confirm', body),
  });
}

export function useAcceptInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof zAcceptInvitationBody>) =>
      apiSend('POST', '/api/auth/invitations/accept', body, zSessionInfo),
    onSuccess: (session: SessionInfo) => replaceSession(queryClient, session),
  });
}

/**
 * Keeps the language with the signed-in person's account, so their next sign-in, on any device,
 * opens in it. Best effort: the language on this device has already changed, whatever the answer.
 */
export function saveAccountLocale(queryClient: QueryClient, locale: Locale): void {
  apiSend('PUT', '/api/auth/locale', { locale }).then(
    () =>
      queryClient.setQueryData<SessionInfo | null>(authKeys.session(), (session) =>
        session ? { ...session, user: { ...session.user, locale } } : session,
      ),
    () => {},
  );
}
