import type {
  EndStayRequest,
  ShelterIntakeRequest,
  ShelterPersonList,
  StayDetail,
  StayList,
  StayListQuery,
} from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { capacityKeys, stayKeys } from '../../shared/api/queryKeys';

/** One page of stays (a provider: its own). */
export function useStays(query: StayListQuery) {
  return useQuery({
    queryKey: stayKeys.list(query),
    queryFn: () =>
      api.get<StayList>('/stays', {
        status: query.status,
        service: query.service,
        locationId: query.locationId,
        longOnly: query.longOnly,
        page: Number(query.page ?? 1),
        pageSize: Number(query.pageSize ?? 25),
      }),
    placeholderData: keepPreviousData,
  });
}

/** One stay. */
export function useStay(id: string) {
  return useQuery({ queryKey: stayKeys.detail(id), queryFn: () => api.get<StayDetail>(`/stays/${id}`) });
}

/** Persons to take into shelter matching a name or BSN (only when `q` has 2+ characters). */
export function useShelterPersons(q: string) {
  return useQuery({
    queryKey: stayKeys.persons(q),
    queryFn: () => api.get<ShelterPersonList>('/shelter/persons', { q }),
    enabled: q.trim().length >= 2,
  });
}

/** After a change: store the stay, refresh lists and the occupancy board (a bed came free or was taken). */
function useStaySaved() {
  const queryClient = useQueryClient();
  return (detail: StayDetail) => {
    queryClient.setQueryData(stayKeys.detail(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: stayKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    void queryClient.invalidateQueries({ queryKey: capacityKeys.all });
  };
}

/** End a stay. */
export function useEndStay(id: string) {
  const saved = useStaySaved();
  return useMutation({
    mutationFn: (body: EndStayRequest) => api.post<StayDetail>(`/stays/${id}/end`, body),
    onSuccess: saved,
  });
}

/** Take a person into shelter. */
export function useShelterIntake() {
  const saved = useStaySaved();
  return useMutation({
    mutationFn: (body: ShelterIntakeRequest) => api.post<StayDetail>('/shelter/intake', body),
    onSuccess: saved,
  });
}
