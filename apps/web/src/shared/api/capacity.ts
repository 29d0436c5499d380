import type { LocationList, OccupancyBoard, OccupancyQuery, RegionServiceList } from '@springplank/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { capacityKeys } from './queryKeys';

// The capacity reads that other features need too (stays shows locations, services and the board).

/** The region's service catalogue. */
export function useServices() {
  return useQuery({ queryKey: capacityKeys.services, queryFn: () => api.get<RegionServiceList>('/services') });
}

/** The locations the user may see (a provider: its own). */
export function useLocations() {
  return useQuery({ queryKey: capacityKeys.locations, queryFn: () => api.get<LocationList>('/locations') });
}

/** The occupancy board for the filters. */
export function useOccupancy(query: OccupancyQuery) {
  return useQuery({
    queryKey: capacityKeys.occupancy(query),
    queryFn: () => api.get<OccupancyBoard>('/occupancy', { ...query }),
    placeholderData: keepPreviousData,
  });
}
