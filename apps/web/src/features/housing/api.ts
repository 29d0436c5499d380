import type {
  HousingRequest,
  HousingRequestList,
  OfferHomeRequest,
  OutflowItem,
  OutflowOverview,
  RecordHousedRequest,
  RecordReadyRequest,
  SendHousingRequest,
} from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { housingKeys } from '../../shared/api/queryKeys';

/** The ready-but-waiting list with the stays and corporations the forms choose from. */
export function useOutflow() {
  return useQuery({ queryKey: housingKeys.outflow, queryFn: () => api.get<OutflowOverview>('/outflow') });
}

/** Record ready_on for a stay. */
export function useRecordReady() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordReadyRequest) => api.post<OutflowItem>('/outflow', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: housingKeys.outflow }),
  });
}

/** Send a housing request for a ready person. */
export function useSendHousingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SendHousingRequest }) =>
      api.post<OutflowItem>(`/outflow/${id}/housing-request`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: housingKeys.outflow }),
  });
}

/** The corporation's housing requests. */
export function useHousingRequests() {
  return useQuery({ queryKey: housingKeys.requests, queryFn: () => api.get<HousingRequestList>('/housing-requests') });
}

/** One housing request of the corporation. */
export function useHousingRequest(id: string) {
  return useQuery({
    queryKey: housingKeys.request(id),
    queryFn: () => api.get<HousingRequest>(`/housing-requests/${id}`),
  });
}

function useRequestSaved() {
  const queryClient = useQueryClient();
  return (request: HousingRequest) => {
    queryClient.setQueryData(housingKeys.request(request.id), request);
    void queryClient.invalidateQueries({ queryKey: housingKeys.requests, exact: true });
  };
}

/** Offer a home. */
export function useOfferHome(id: string) {
  const saved = useRequestSaved();
  return useMutation({
    mutationFn: (body: OfferHomeRequest) => api.post<HousingRequest>(`/housing-requests/${id}/offer`, body),
    onSuccess: saved,
  });
}

/** Record the move-in date. */
export function useRecordHoused(id: string) {
  const saved = useRequestSaved();
  return useMutation({
    mutationFn: (body: RecordHousedRequest) => api.post<HousingRequest>(`/housing-requests/${id}/housed`, body),
    onSuccess: saved,
  });
}
