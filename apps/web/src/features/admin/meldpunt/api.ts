import type { DeadlineRulesBody, ReplaceRoutingRulesRequest, RoutingRule } from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { meldpuntKeys } from '../../../shared/api/queryKeys';

/** The answer of the routing-rules endpoints. */
export interface RoutingRuleList {
  items: RoutingRule[];
}

/** The region's routing rules: which team follows up which municipality (or district). */
export function useRoutingRules() {
  return useQuery({
    queryKey: meldpuntKeys.routingRules,
    queryFn: () => api.get<RoutingRuleList>('/routing-rules'),
  });
}

/** Replace all routing rules of the region; the answer becomes the cached list. */
export function useReplaceRoutingRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplaceRoutingRulesRequest) => api.put<RoutingRuleList>('/routing-rules', body),
    onSuccess: (saved) => queryClient.setQueryData(meldpuntKeys.routingRules, saved),
  });
}

/** The region's deadlines per urgency, in working days. */
export function useDeadlineRules() {
  return useQuery({
    queryKey: meldpuntKeys.deadlineRules,
    queryFn: () => api.get<DeadlineRulesBody>('/deadline-rules'),
  });
}

/** Save the deadlines per urgency; the answer becomes the cached value. */
export function useSaveDeadlineRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeadlineRulesBody) => api.put<DeadlineRulesBody>('/deadline-rules', body),
    onSuccess: (saved) => queryClient.setQueryData(meldpuntKeys.deadlineRules, saved),
  });
}
