import type {
  DuplicateSuggestions,
  LinkPersonRequest,
  PersonList,
  ReportDetail,
  RouteReportRequest,
  TriageQueue,
  TriageQueueQuery,
  UpdateTriageRequest,
} from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import type { PersonQuery } from '../../shared/ui/PersonPicker';
import { caseKeys, outboxKeys, triageKeys } from '../../shared/api/queryKeys';

/** One page of the triage queue, with the counts of new, due-today and overdue reports. */
export function useTriageQueue(query: TriageQueueQuery) {
  return useQuery({
    queryKey: triageKeys.queue(query),
    queryFn: () => api.get<TriageQueue>('/triage/reports', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** One report with everything the meldpunt may see. */
export function useReportDetail(id: string) {
  return useQuery({
    queryKey: triageKeys.report(id),
    queryFn: () => api.get<ReportDetail>(`/triage/reports/${id}`),
  });
}

/** Persons and earlier reports that may be about the same person. */
export function useDuplicates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: triageKeys.duplicates(id),
    queryFn: () => api.get<DuplicateSuggestions>(`/triage/reports/${id}/duplicates`),
    enabled,
  });
}

/** The search for a known person; runs only when `query` has a criterion. */
export function usePersonSearch(query: PersonQuery | null) {
  return useQuery({
    queryKey: triageKeys.persons(query ?? {}),
    queryFn: () => api.get<PersonList>('/persons', { ...query }),
    enabled: query !== null,
  });
}

/** The address of an attachment's download. */
export function attachmentUrl(reportId: string, attachmentId: string): string {
  return `/api/v1/triage/reports/${reportId}/attachments/${attachmentId}`;
}

/**
 * After a change: store the fresh report at once, and refresh queue, duplicates, cases, counts
 * and outbox in the background. Not awaited, so the panel's own onSuccess runs right away.
 */
function useReportSaved() {
  const queryClient = useQueryClient();
  return (report: ReportDetail) => {
    queryClient.setQueryData(triageKeys.report(report.id), report);
    void queryClient.invalidateQueries({ queryKey: triageKeys.all, predicate: (q) => q.queryKey[1] !== 'report' });
    void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    void queryClient.invalidateQueries({ queryKey: outboxKeys.all });
  };
}

/** A mutation on one report that answers with the fresh report. */
function useReportMutation<TBody>(send: (body: TBody) => Promise<ReportDetail>) {
  const saved = useReportSaved();
  return useMutation({ mutationFn: send, onSuccess: (report) => saved(report) });
}

/** Change urgency and/or categories. */
export function useUpdateTriage(id: string) {
  return useReportMutation((body: UpdateTriageRequest) => api.patch<ReportDetail>(`/triage/reports/${id}`, body));
}

/** Link the report to a known person or to a new one. */
export function useLinkPerson(id: string) {
  return useReportMutation((body: LinkPersonRequest) => api.post<ReportDetail>(`/triage/reports/${id}/person`, body));
}

/** Route the report to the suggested team, or to another team with a reason. */
export function useRouteReport(id: string) {
  return useReportMutation((body: RouteReportRequest) => api.post<ReportDetail>(`/triage/reports/${id}/route`, body));
}

/** Merge the report into an open case. */
export function useMergeReport(id: string) {
  return useReportMutation((caseId: string) => api.post<ReportDetail>(`/triage/reports/${id}/merge`, { caseId }));
}

/** Close the report without follow-up. */
export function useCloseReport(id: string) {
  return useReportMutation((reason: string) => api.post<ReportDetail>(`/triage/reports/${id}/close`, { reason }));
}
