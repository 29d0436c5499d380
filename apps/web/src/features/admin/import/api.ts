import type { ImportReport, ImportRequest } from '@springplank/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';

/** Validate (dry run) or import CSV texts; a successful import refreshes every cached screen. */
export function useImportFiles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ files, dryRun }: { files: ImportRequest['files']; dryRun: boolean }) =>
      api.post<ImportReport>(`/imports?dryRun=${dryRun}`, { files }),
    onSuccess: (report) => {
      if (report.ok && !report.dryRun) void queryClient.invalidateQueries();
    },
  });
}
