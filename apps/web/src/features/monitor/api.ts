import type {
  MonitorCsvVariant,
  MonitorDashboard,
  MonitorQuery,
  PopulationList,
  PopulationQuery,
} from '@springplank/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQueryString } from '../../shared/api/client';
import { monitorKeys } from '../../shared/api/queryKeys';

/** The dashboard for one peildatum, year and filters; the previous figures stay while new ones load. */
export function useMonitorDashboard(query: MonitorQuery | null) {
  return useQuery({
    queryKey: query ? monitorKeys.dashboard(query) : monitorKeys.all,
    queryFn: () => api.get<MonitorDashboard>('/monitor/dashboard', { ...query }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The persons behind one figure (access officers); each load is logged on the server. */
export function usePopulation(query: PopulationQuery | null) {
  return useQuery({
    queryKey: query ? monitorKeys.population(query) : monitorKeys.all,
    queryFn: () => api.get<PopulationList>('/monitor/population', { ...query }),
    enabled: query !== null,
    // Personal data: never served from a stale cache entry after the screen is left.
    gcTime: 0,
  });
}

/**
 * The download address of an export with the same filters as the dashboard; a CSV in the
 * chosen variant (Dutch spreadsheet or RFC 4180 for software).
 */
export function exportUrl(kind: 'csv' | 'xlsx', query: MonitorQuery, variant?: MonitorCsvVariant): string {
  return `/api/v1/monitor/export.${kind}${toQueryString({ ...query, variant })}`;
}
