import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationList,
  UpdateOrganisationRequest,
} from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { queryKeys } from '../../../shared/api/queryKeys';

/** All organisations of the region (administrators only). */
export function useOrganisations() {
  return useQuery({
    queryKey: queryKeys.organisations,
    queryFn: () => api.get<OrganisationList>('/organisations'),
  });
}

/** Create an organisation; refreshes the organisation list. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => api.post<Organisation>('/organisations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
  });
}

/** Change an organisation; refreshes organisations and users (who show the organisation name). */
export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => api.patch<Organisation>(`/organisations/${id}`, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
        queryClient.invalidateQueries({ queryKey: queryKeys.users }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]);
    },
  });
}
