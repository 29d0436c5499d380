import type { ImportReport, ImportRequest } from '@springplank/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { isAuthKey } from '../../../shared/api/queryKeys';

/** Validate (dry run) or import CSV texts; a successful import refreshes every cached screen. */
export function useImportFiles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ files, dryRun }: { files: ImportRequest['files']; dryRun: boolean }) =>
      api.post<ImportReport>(`/imports?dryRun=${dryRun}`, { files }),
    onSuccess: (report) => {
      // An import can add persons, organisations, locations, stays and waiting-list entries to
      // every screen, so all data is refreshed, but not the session: the user stays signed in.
      if (report.ok && !report.dryRun)
        void queryClient.invalidateQueries({
          predicate: (query) => !isAuthKey(query.queryKey),
        });
    },
  });
}
