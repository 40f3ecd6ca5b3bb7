import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zMeasureTarget, type zMeasureTargetInput } from '@tks/shared/schemas/registers';
import type { z } from 'zod';
import { apiSend } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

/**
 * A register change can move every figure of the coalition (a register measure, the thermometer,
 * the board, the audit log), so the whole coalition scope is refreshed afterwards.
 */
function useCoalitionMutation<I, O>(slug: string, send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) });
    },
  });
}

/** Create (no id) or change (with id) an entry of a register at `path` (agreements, actions, …). */
export function useSaveEntryMutation<S extends z.ZodType>(slug: string, path: string, schema: S) {
  return useCoalitionMutation(slug, ({ id, body }: { id: number | null; body: unknown }) =>
    id === null
      ? apiSend('POST', `${coalitionPath(slug)}/${path}`, body, schema)
      : apiSend('PUT', `${coalitionPath(slug)}/${path}/${id}`, body, schema),
  );
}

export function useArchiveEntryMutation(slug: string, path: string) {
  return useCoalitionMutation(slug, ({ id, archived }: { id: number; archived: boolean }) =>
    apiSend('POST', `${coalitionPath(slug)}/${path}/${id}/${archived ? 'archive' : 'restore'}`, {}),
  );
}

export function useSetTargetMutation(slug: string) {
  return useCoalitionMutation(slug, (body: z.input<typeof zMeasureTargetInput>) =>
    apiSend('PUT', `${coalitionPath(slug)}/measure-targets`, body, zMeasureTarget),
  );
}
