import type {
  AccessLogPage,
  AccessLogPersonList,
  AccessLogPersonReport,
  AccessLogQuery,
  ChainCheckpointResult,
  ChainVerification,
} from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { accessLogKeys } from '../../shared/api/queryKeys';

/** One page of access-log entries matching the filters (privacy officer only). */
export function useAccessLog(query: AccessLogQuery) {
  return useQuery({
    queryKey: accessLogKeys.page(query),
    queryFn: () => api.get<AccessLogPage>('/access-log', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** Recompute the hash chain on the server; the check itself is logged, so the list is refreshed. */
export function useVerifyChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.get<ChainVerification>('/access-log/verification'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessLogKeys.all }),
  });
}

/** Write a signed checkpoint of the region's chain outside the database now (logged, so the list is refreshed). */
export function useRecordCheckpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ChainCheckpointResult>('/access-log/checkpoints'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessLogKeys.all }),
  });
}

/** Persons matching a name, BSN or reference, for an inzageverzoek (the search is logged). */
export function useAccessLogPersons(q: string) {
  return useQuery({
    queryKey: accessLogKeys.persons(q),
    queryFn: () => api.get<AccessLogPersonList>('/access-log/persons', { q }),
    enabled: q.length >= 2,
  });
}

/** One person's whole log with readable actions (reading it is logged). */
export function useAccessLogPersonReport(personId: string) {
  return useQuery({
    queryKey: accessLogKeys.person(personId),
    queryFn: () => api.get<AccessLogPersonReport>(`/access-log/persons/${encodeURIComponent(personId)}`),
  });
}

/** Where the browser downloads a person's log as CSV. */
export function personLogCsvHref(personId: string): string {
  return `/api/v1/access-log/persons/${encodeURIComponent(personId)}/export.csv`;
}
