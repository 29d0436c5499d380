import type { CasesOverview } from '@springplank/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { caseKeys } from './queryKeys';

// Shared because the meldpunt's triage screens show the teams' workload too.

/** Open cases per team with their deadline counts (outreach: own team only). */
export function useCasesOverview() {
  return useQuery({ queryKey: caseKeys.overview, queryFn: () => api.get<CasesOverview>('/cases/overview') });
}
