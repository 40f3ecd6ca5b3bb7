import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ImportMapping,
  type InstrumentVersionEdit,
  type NewInvitee,
  type NewRound,
  zAddedInvitees,
  zConclusion,
  zImportPreview,
  zImportResult,
  zInstrumentVersionDetail,
  zQuestionnaireSettings,
  zRoundSummary,
  zSentCount,
} from '@tks/shared/schemas/questionnaires';
import { z } from 'zod';
import { apiSend } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';
import { questionnaireKeys } from './queries';

function useInvalidate(slug: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all(slug) });
  };
}

export function useCopyVersionMutation(slug: string) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (versionId: number) =>
      apiSend(
        'POST',
        `${coalitionPath(slug)}/instrument-versions/${versionId}/copy`,
        undefined,
        zInstrumentVersionDetail,
      ),
    onSuccess: invalidate,
  });
}

export function useEditVersionMutation(slug: string, versionId: number) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (body: InstrumentVersionEdit) =>
      apiSend('PUT', `${coalitionPath(slug)}/instrument-versions/${versionId}`, body, zInstrumentVersionDetail),
    onSuccess: invalidate,
  });
}

export function useMinGroupSizeMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (minGroupSize: number) =>
      apiSend('PUT', `${coalitionPath(slug)}/questionnaire-settings`, { minGroupSize }, zQuestionnaireSettings),
    onSuccess: () => {
      // The coalition summary carries the minimum too, and every result depends on it.
      void queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) });
    },
  });
}

export function useCreateRoundMutation(slug: string) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (body: NewRound) => apiSend('POST', `${coalitionPath(slug)}/rounds`, body, zRoundSummary),
    onSuccess: invalidate,
  });
}

export function useAddInviteesMutation(slug: string, roundId: number) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (invitees: NewInvitee[]) =>
      apiSend('POST', `${coalitionPath(slug)}/rounds/${roundId}/invitees`, { invitees }, zAddedInvitees),
    onSuccess: invalidate,
  });
}

export function useRemoveInviteeMutation(slug: string, roundId: number) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (inviteeId: number) =>
      apiSend('DELETE', `${coalitionPath(slug)}/rounds/${roundId}/invitees/${inviteeId}`),
    onSuccess: invalidate,
  });
}

type RoundAction = 'open' | 'reminders' | 'close';

export function useRoundActionMutation(slug: string, roundId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: RoundAction) =>
      action === 'close'
        ? apiSend('POST', `${coalitionPath(slug)}/rounds/${roundId}/close`, undefined, zRoundSummary).then(() => ({
            sent: 0,
          }))
        : apiSend('POST', `${coalitionPath(slug)}/rounds/${roundId}/${action}`, undefined, zSentCount),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all(slug) });
      // Invitations and reminders land in the outbox.
      void queryClient.invalidateQueries({ queryKey: [...coalitionKeys.scope(slug), 'outbox'] });
    },
  });
}

export function useSaveConclusionMutation(slug: string, roundId: number) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (body: { dimensionCode: string | null; conclusion: string }) =>
      apiSend(
        'PUT',
        `${coalitionPath(slug)}/rounds/${roundId}/conclusions`,
        body,
        z.object({ conclusions: z.array(zConclusion) }),
      ),
    onSuccess: invalidate,
  });
}

/** Improvement actions live in their own feature; the discussion creates one with this dimension as source. */
export interface NewActionFromResults {
  title: string;
  description: string;
  component: string;
  ownerName: string | null;
  dueOn: string | null;
  dimensionCode: string;
}

export function useCreateActionMutation(slug: string, roundId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewActionFromResults) =>
      apiSend(
        'POST',
        `${coalitionPath(slug)}/actions`,
        {
          title: input.title,
          description: input.description,
          component: input.component,
          ownerName: input.ownerName,
          dueOn: input.dueOn,
          source: { kind: 'questionnaire', roundId, dimensionCode: input.dimensionCode },
        },
        z.object({ id: z.number().int(), title: z.string() }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...coalitionKeys.scope(slug), 'actions'] });
    },
  });
}

export interface ImportUpload {
  fileName: string;
  contentBase64: string;
}

export function useImportPreviewMutation(slug: string, roundId: number) {
  return useMutation({
    mutationFn: (body: ImportUpload & { mapping?: ImportMapping }) =>
      apiSend('POST', `${coalitionPath(slug)}/rounds/${roundId}/import/preview`, body, zImportPreview),
  });
}

export function useImportCommitMutation(slug: string, roundId: number) {
  const invalidate = useInvalidate(slug);
  return useMutation({
    mutationFn: (body: ImportUpload & { mapping: ImportMapping }) =>
      apiSend('POST', `${coalitionPath(slug)}/rounds/${roundId}/import`, body, zImportResult),
    onSuccess: invalidate,
  });
}
