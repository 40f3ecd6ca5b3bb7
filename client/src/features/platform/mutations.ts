import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zCoalition } from '@tks/shared/schemas/coalitions';
import type { NewCoalition } from '@tks/shared/schemas/members';
import { apiSend } from '../../api/client';
import { platformKeys } from './queries';

export function useCreateCoalitionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCoalition) => apiSend('POST', '/api/admin/coalitions', body, zCoalition),
    // The first coordinator's invitation is mailed from the coalition, so only platform data changes here.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformKeys.all }),
  });
}
