import type {
  AddConferenceActionRequest,
  AddConferenceItemRequest,
  ConferenceDetail,
  ConferenceList,
  CreateConferenceRequest,
  UpdateConferenceItemRequest,
} from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { veldtafelKeys } from '../../shared/api/queryKeys';

/** Meetings and today's suggestions. */
export function useConferences() {
  return useQuery({ queryKey: veldtafelKeys.list, queryFn: () => api.get<ConferenceList>('/case-conferences') });
}

/** One meeting with its agenda. */
export function useConference(id: string) {
  return useQuery({
    queryKey: veldtafelKeys.detail(id),
    queryFn: () => api.get<ConferenceDetail>(`/case-conferences/${id}`),
  });
}

function useConferenceSaved() {
  const queryClient = useQueryClient();
  return (conference: ConferenceDetail) => {
    queryClient.setQueryData(veldtafelKeys.detail(conference.id), conference);
    void queryClient.invalidateQueries({ queryKey: veldtafelKeys.list });
  };
}

/** Plan a meeting. */
export function useCreateConference() {
  const saved = useConferenceSaved();
  return useMutation({
    mutationFn: (body: CreateConferenceRequest) => api.post<ConferenceDetail>('/case-conferences', body),
    onSuccess: saved,
  });
}

/** Put a case on the agenda. */
export function useAddItem(id: string) {
  const saved = useConferenceSaved();
  return useMutation({
    mutationFn: (body: AddConferenceItemRequest) => api.post<ConferenceDetail>(`/case-conferences/${id}/items`, body),
    onSuccess: saved,
  });
}

/** Record the decision on a case. */
export function useSaveDecision(id: string) {
  const saved = useConferenceSaved();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: UpdateConferenceItemRequest }) =>
      api.patch<ConferenceDetail>(`/case-conferences/${id}/items/${itemId}`, body),
    onSuccess: saved,
  });
}

/** Add a follow-up action. */
export function useAddAction(id: string) {
  const saved = useConferenceSaved();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: AddConferenceActionRequest }) =>
      api.post<ConferenceDetail>(`/case-conferences/${id}/items/${itemId}/actions`, body),
    onSuccess: saved,
  });
}

/** Mark an action done or open. */
export function useSetActionDone(id: string) {
  const saved = useConferenceSaved();
  return useMutation({
    mutationFn: ({ actionId, done }: { actionId: string; done: boolean }) =>
      api.patch<ConferenceDetail>(`/case-conferences/${id}/actions/${actionId}`, { done }),
    onSuccess: saved,
  });
}
