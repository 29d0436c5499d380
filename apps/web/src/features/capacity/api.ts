import type {
  CreateLocationRequest,
  LocationDetail,
  RecordCapacityRequest,
  RegionServiceList,
  UpdateLocationRequest,
} from '@springplank/contract';
import type { ServiceCode } from '@springplank/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { capacityKeys } from '../../shared/api/queryKeys';

export { useLocations, useOccupancy, useServices } from '../../shared/api/capacity';

/** Switch a service of the catalogue on or off. */
export function useSetServiceActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ service, active }: { service: ServiceCode; active: boolean }) =>
      api.put<RegionServiceList>(`/services/${service}`, { active }),
    onSuccess: (list) => {
      queryClient.setQueryData(capacityKeys.services, list);
      void queryClient.invalidateQueries({ queryKey: capacityKeys.all });
    },
  });
}

/** One location with its places per service and their history. */
export function useLocation(id: string) {
  return useQuery({ queryKey: capacityKeys.location(id), queryFn: () => api.get<LocationDetail>(`/locations/${id}`) });
}

/** After a change to a location: store it and refresh lists and the board. */
function useLocationSaved() {
  const queryClient = useQueryClient();
  return (detail: LocationDetail) => {
    queryClient.setQueryData(capacityKeys.location(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: capacityKeys.all, predicate: (q) => q.queryKey[1] !== 'location' });
  };
}

/** Create a location for a provider. */
export function useCreateLocation() {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: (body: CreateLocationRequest) => api.post<LocationDetail>('/locations', body),
    onSuccess: saved,
  });
}

/** Change a location's details or expertise. */
export function useUpdateLocation(id: string) {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: (body: UpdateLocationRequest) => api.patch<LocationDetail>(`/locations/${id}`, body),
    onSuccess: saved,
  });
}

/** Record the places of a service from a date on. */
export function useRecordCapacity(id: string) {
  const saved = useLocationSaved();
  return useMutation({
    mutationFn: (body: RecordCapacityRequest) => api.post<LocationDetail>(`/locations/${id}/capacity`, body),
    onSuccess: saved,
  });
}
