import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type NewApiKey, zCreatedApiKey } from '@tks/shared/schemas/imports';
import { apiSend } from '../../../api/client';
import { coalitionPath } from '../../coalitions/queries';
import { auditKeys } from '../audit/queries';
import { apiKeyKeys } from './queries';

export function useCreateApiKeyMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewApiKey) => apiSend('POST', `${coalitionPath(slug)}/api-keys`, body, zCreatedApiKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: apiKeyKeys.all(slug) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all(slug) });
    },
  });
}

export function useRevokeApiKeyMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend('DELETE', `${coalitionPath(slug)}/api-keys/${id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: apiKeyKeys.all(slug) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all(slug) });
    },
  });
}
