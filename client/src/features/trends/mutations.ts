import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zAnnotation, type zAnnotationInput } from '@tks/shared/schemas/thermometer';
import type { z } from 'zod';
import { apiSend } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

type Input = z.output<typeof zAnnotationInput>;

/*
 * Notes appear on the trends, the report and the indicator pages, each with its own query: a
 * change invalidates the coalition's whole scope so none of them keeps showing an old note.
 */
function useInvalidateCoalition(slug: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) });
}

export function useCreateAnnotationMutation(slug: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: (body: Input) => apiSend('POST', `${coalitionPath(slug)}/annotations`, body, zAnnotation),
    onSuccess: invalidate,
  });
}

export function useUpdateAnnotationMutation(slug: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: Input }) =>
      apiSend('PUT', `${coalitionPath(slug)}/annotations/${id}`, body, zAnnotation),
    onSuccess: invalidate,
  });
}

export function useArchiveAnnotationMutation(slug: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: (id: number) => apiSend('DELETE', `${coalitionPath(slug)}/annotations/${id}`),
    onSuccess: invalidate,
  });
}
