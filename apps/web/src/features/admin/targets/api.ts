import type { MonitorTargetList, ReplaceMonitorTargetsRequest } from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { monitorKeys } from '../../../shared/api/queryKeys';

/** The region's monitor targets. */
export function useMonitorTargets() {
  return useQuery({ queryKey: monitorKeys.targets, queryFn: () => api.get<MonitorTargetList>('/monitor/targets') });
}

/** Replace the region's monitor targets; the answer becomes the cached list and the dashboards reload. */
export function useSaveMonitorTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplaceMonitorTargetsRequest) => api.put<MonitorTargetList>('/monitor/targets', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(monitorKeys.targets, saved);
      void queryClient.invalidateQueries({ queryKey: monitorKeys.dashboards });
    },
  });
}
