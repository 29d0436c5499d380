import type {
  AddCaseEventRequest,
  CaseDetail,
  CaseQueue,
  CaseQueueQuery,
  CloseCaseRequest,
} from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { caseKeys, triageKeys } from '../../shared/api/queryKeys';

export { useCasesOverview } from '../../shared/api/cases';

/** One page of the team's cases (the meldpunt: the region's). */
export function useCaseQueue(query: CaseQueueQuery) {
  return useQuery({
    queryKey: caseKeys.queue(query),
    queryFn: () => api.get<CaseQueue>('/cases', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** One case with its person, reports, timeline and team members. */
export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => api.get<CaseDetail>(`/cases/${id}`) });
}

/**
 * After a change: store the fresh case at once, and refresh lists and counts in the background
 * (closing also closes reports). Not awaited, so the form's own onSuccess runs right away.
 */
function useCaseSaved() {
  const queryClient = useQueryClient();
  return (detail: CaseDetail) => {
    queryClient.setQueryData(caseKeys.detail(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: caseKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    void queryClient.invalidateQueries({ queryKey: triageKeys.all });
  };
}

/** Assign the case to a team member, or to nobody (null). */
export function useAssignCase(id: string) {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: (userId: string | null) => api.post<CaseDetail>(`/cases/${id}/assign`, { userId }),
    onSuccess: (detail) => saved(detail),
  });
}

/** Record an action on the case's timeline. */
export function useAddCaseEvent(id: string) {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: (body: AddCaseEventRequest) => api.post<CaseDetail>(`/cases/${id}/events`, body),
    onSuccess: (detail) => saved(detail),
  });
}

/** Close the case with an outcome. */
export function useCloseCase(id: string) {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: (body: CloseCaseRequest) => api.post<CaseDetail>(`/cases/${id}/close`, body),
    onSuccess: (detail) => saved(detail),
  });
}
