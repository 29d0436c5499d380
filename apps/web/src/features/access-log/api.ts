import type { AccessLogPage, AccessLogQuery, ChainCheckpointResult, ChainVerification } from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';

/** One page of access-log entries matching the filters (privacy officer only). */
export function useAccessLog(query: AccessLogQuery) {
  return useQuery({
    queryKey: queryKeys.accessLogPage(query),
    queryFn: () => api.get<AccessLogPage>('/access-log', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** Recompute the hash chain on the server; the check itself is logged, so the list is refreshed. */
export function useVerifyChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.get<ChainVerification>('/access-log/verification'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessLog }),
  });
}

/** Write a signed checkpoint of the region's chain outside the database now (logged, so the list is refreshed). */
export function useRecordCheckpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ChainCheckpointResult>('/access-log/checkpoints'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessLog }),
  });
}
