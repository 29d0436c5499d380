import type {
  CreateLocationRequest,
  LocationDetail,
  LocationList,
  OccupancyBoard,
  OccupancyQuery,
  RecordCapacityRequest,
  RegionServiceList,
  UpdateLocationRequest,
} from '@springplank/contract';
import type { ServiceCode } from '@springplank/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';

/** The query keys of this feature; the stays feature refreshes the board through `capacityKeys.all`. */
export const capacityKeys = {
  all: ['capacity'] as const,
  services: ['capacity', 'services'] as const,
  locations: ['capacity', 'locations'] as const,
  location: (id: string) => ['capacity', 'location', id] as const,
  occupancy: (query: OccupancyQuery) => ['capacity', 'occupancy', query] as const,
};

/** The region's service catalogue. */
export function useServices() {
  return useQuery({ queryKey: capacityKeys.services, queryFn: () => api.get<RegionServiceList>('/services') });
}

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

/** The locations the user may see (a provider: its own). */
export function useLocations() {
  return useQuery({ queryKey: capacityKeys.locations, queryFn: () => api.get<LocationList>('/locations') });
}

/** One location with its places per service and their history. */
export function useLocation(id: string) {
  return useQuery({ queryKey: capacityKeys.location(id), queryFn: () => api.get<LocationDetail>(`/locations/${id}`) });
}

/** The occupancy board for the filters. */
export function useOccupancy(query: OccupancyQuery) {
  return useQuery({
    queryKey: capacityKeys.occupancy(query),
    queryFn: () => api.get<OccupancyBoard>('/occupancy', { ...query }),
    placeholderData: keepPreviousData,
  });
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
