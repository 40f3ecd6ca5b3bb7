import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  zCatalogueResult,
  type zIndicatorDefinitionInput,
  zIndicatorDetail,
  type zNewIndicator,
  type zReferenceInput,
} from '@tks/shared/schemas/indicators';
import type { z } from 'zod';
import { apiSend } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';
import { indicatorPath } from './queries';

/*
 * A change to an indicator can change the thermometer, the trends and the report, so every
 * mutation refreshes the whole coalition scope rather than guessing which views depend on it.
 */
function useInvalidateCoalition(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) });
}

export function useCreateIndicatorMutation(slug: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: (body: z.output<typeof zNewIndicator>) =>
      apiSend('POST', `${coalitionPath(slug)}/indicators`, body, zIndicatorDetail),
    onSuccess: invalidate,
  });
}

export function useUpdateIndicatorMutation(slug: string, code: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: (body: z.output<typeof zIndicatorDefinitionInput>) =>
      apiSend('PUT', indicatorPath(slug, code), body, zIndicatorDetail),
    onSuccess: invalidate,
  });
}

export function useSetArchivedMutation(slug: string, code: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: (archived: boolean) =>
      apiSend('POST', `${indicatorPath(slug, code)}/${archived ? 'archive' : 'restore'}`, undefined, zIndicatorDetail),
    onSuccess: invalidate,
  });
}

export function useAddReferenceMutation(slug: string, code: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: (body: z.output<typeof zReferenceInput>) =>
      apiSend('POST', `${indicatorPath(slug, code)}/references`, body, zIndicatorDetail),
    onSuccess: invalidate,
  });
}

export function useAddDefaultCatalogueMutation(slug: string) {
  const invalidate = useInvalidateCoalition(slug);
  return useMutation({
    mutationFn: () =>
      apiSend('POST', `${coalitionPath(slug)}/indicators/default-catalogue`, undefined, zCatalogueResult),
    onSuccess: invalidate,
  });
}
