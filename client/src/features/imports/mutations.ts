import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zImportResult } from '@tks/shared/schemas/imports';
import { apiSend, apiUpload } from '../../api/client';
import { coalitionKeys, coalitionPath } from '../coalitions/queries';

export interface ImportFile {
  file: File;
  sheet: string | null;
}

function importUrl(slug: string, path: string, { file, sheet }: ImportFile) {
  const query = new URLSearchParams({ fileName: file.name });
  if (sheet) query.set('sheet', sheet);
  return `${coalitionPath(slug)}/${path}?${query}`;
}

/** The dry run: what the file would do. A rejected file (422) is a result to show, not a failure. */
export function usePreviewImportMutation(slug: string) {
  return useMutation({
    mutationFn: (input: ImportFile) =>
      apiUpload(importUrl(slug, 'imports/preview', input), input.file, zImportResult, [422]),
  });
}

/** Stores the file as one batch; afterwards every figure of the coalition may have changed. */
export function useCommitImportMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportFile) => apiUpload(importUrl(slug, 'imports', input), input.file, zImportResult, [422]),
    onSuccess: (result) => {
      if (result.outcome === 'committed') void queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) });
    },
  });
}

export function useUndoImportMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: number) => apiSend('POST', `${coalitionPath(slug)}/imports/${batchId}/undo`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: coalitionKeys.scope(slug) }),
  });
}
