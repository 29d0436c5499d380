import type { CreateOrganisationRequest, Organisation, UpdateOrganisationRequest } from '@springplank/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { authKeys, organisationKeys, userKeys } from '../../../shared/api/queryKeys';

export { useOrganisations } from '../../../shared/api/organisations';

/** Create an organisation; refreshes the organisation list. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => api.post<Organisation>('/organisations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

/** Change an organisation; refreshes organisations and users (who show the organisation name). */
export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => api.patch<Organisation>(`/organisations/${id}`, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: authKeys.session }),
      ]);
    },
  });
}
