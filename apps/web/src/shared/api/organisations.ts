import type { OrganisationList } from '@springplank/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { organisationKeys } from './queryKeys';

// Shared because capacity (a location's provider) and admin both list the organisations.

/** All organisations of the region (administrators only). */
export function useOrganisations() {
  return useQuery({
    queryKey: organisationKeys.all,
    queryFn: () => api.get<OrganisationList>('/organisations'),
  });
}
