import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zCreatedShareLink, type zNewShareLink } from '@tks/shared/schemas/share-links';
import type { z } from 'zod';
import { apiSend } from '../../../api/client';
import { coalitionPath } from '../../coalitions/queries';
import { auditKeys } from '../audit/queries';
import { shareLinkKeys } from './queries';

export function useCreateShareLinkMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof zNewShareLink>) =>
      apiSend('POST', `${coalitionPath(slug)}/share-links`, body, zCreatedShareLink),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: shareLinkKeys.all(slug) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all(slug) });
    },
  });
}

export function useRevokeShareLinkMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareLinkId: number) => apiSend('DELETE', `${coalitionPath(slug)}/share-links/${shareLinkId}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: shareLinkKeys.all(slug) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all(slug) });
    },
  });
}
