import type {
  AccessPerson,
  AccessPersonList,
  AddInterimSupportRequest,
  ApplicationDetail,
  ApplicationPrefill,
  ApplicationQueue,
  CreateAccessPersonRequest,
  CreateApplicationInput,
  DecideApplicationRequest,
  EndInterimSupportRequest,
  InterimProviderList,
  RecordZrmRequest,
  RemoveFromWaitlistRequest,
  Waitlist,
  WaitlistEntry,
} from '@springplank/contract';
import type { ServiceCode } from '@springplank/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { accessKeys } from '../../shared/api/queryKeys';

/** Filters of the waiting list page. */
export interface WaitlistFilter {
  service?: ServiceCode;
  municipalityCode?: string;
  status: 'open' | 'removed';
}

/** One page of the applications queue (submitted first). */
export function useApplicationQueue(status: string, page: number) {
  return useQuery({
    queryKey: accessKeys.queue(status, page),
    queryFn: () => api.get<ApplicationQueue>('/applications', { status, page, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
}

/** One application. */
export function useApplication(id: string) {
  return useQuery({
    queryKey: accessKeys.application(id),
    queryFn: () => api.get<ApplicationDetail>(`/applications/${id}`),
  });
}

/** What a case offers to start an application with; off without a case. */
export function usePrefill(caseId: string | null) {
  return useQuery({
    queryKey: accessKeys.prefill(caseId ?? ''),
    queryFn: () => api.get<ApplicationPrefill>('/applications/prefill', { caseId }),
    enabled: caseId !== null,
    retry: false,
  });
}

/** Persons matching a search; off until there is something to search for. */
export function usePersonSearch(query: { q?: string; bsn?: string; birthDate?: string } | null) {
  const params = Object.fromEntries(Object.entries(query ?? {}).filter(([, v]) => Boolean(v))) as Record<
    string,
    string
  >;
  return useQuery({
    queryKey: accessKeys.persons(params),
    queryFn: () => api.get<AccessPersonList>('/access/persons', params),
    enabled: query !== null,
    retry: false,
  });
}

/** Create a person. */
export function useCreatePerson() {
  return useMutation({
    mutationFn: (body: CreateAccessPersonRequest) => api.post<AccessPerson>('/access/persons', body),
  });
}

/** Start an application. */
export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApplicationInput) => api.post<ApplicationDetail>('/applications', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: accessKeys.applications }),
  });
}

function useApplicationChange<T>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api.post<ApplicationDetail>(`/applications/${id}/${path}`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(accessKeys.application(id), detail);
      void queryClient.invalidateQueries({ queryKey: accessKeys.applications });
      void queryClient.invalidateQueries({ queryKey: accessKeys.waitlist });
    },
  });
}

/** Record a ZRM assessment. */
export function useRecordZrm(id: string) {
  return useApplicationChange<RecordZrmRequest>(id, 'zrm');
}

/** Grant or refuse. */
export function useDecide(id: string) {
  return useApplicationChange<DecideApplicationRequest>(id, 'decision');
}

/** The waiting list with its filters. */
export function useWaitlist(filter: WaitlistFilter) {
  return useQuery({
    queryKey: accessKeys.waitlistPage(filter),
    queryFn: () => api.get<Waitlist>('/waitlist', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

/** Providers that can give support while waiting. */
export function useInterimProviders() {
  return useQuery({
    queryKey: accessKeys.providers,
    queryFn: () => api.get<InterimProviderList>('/waitlist/providers'),
    staleTime: 5 * 60_000,
  });
}

function useWaitlistChange<T>(path: (body: T) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api.post<WaitlistEntry>(path(body), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: accessKeys.waitlist }),
  });
}

/** Record support while waiting. */
export function useAddInterimSupport(entryId: string) {
  return useWaitlistChange<AddInterimSupportRequest>(() => `/waitlist/${entryId}/interim-support`);
}

/** End support while waiting. */
export function useEndInterimSupport(entryId: string, supportId: string) {
  return useWaitlistChange<EndInterimSupportRequest>(() => `/waitlist/${entryId}/interim-support/${supportId}/end`);
}

/** Take someone off the list. */
export function useRemoveFromWaitlist(entryId: string) {
  return useWaitlistChange<RemoveFromWaitlistRequest>(() => `/waitlist/${entryId}/remove`);
}
