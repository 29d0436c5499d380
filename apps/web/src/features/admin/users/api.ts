import type { CreateUserRequest, UpdateUserRequest, User, UserList, UserListQuery } from '@springplank/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { authKeys, organisationKeys, userKeys } from '../../../shared/api/queryKeys';

/** One page of users matching the search and filters. */
export function useUserList(query: UserListQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: () => api.get<UserList>('/users', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** One user by id. */
export function useUser(id: string) {
  return useQuery({ queryKey: userKeys.detail(id), queryFn: () => api.get<User>(`/users/${id}`) });
}

/** After a change to a user: store the fresh user and refresh lists and organisation counts. */
function useUserSaved() {
  const queryClient = useQueryClient();
  return async (user: User | null) => {
    if (user) queryClient.setQueryData(userKeys.detail(user.id), user);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
    ]);
  };
}

/** Create a user. */
export function useCreateUser() {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api.post<User>('/users', body),
    onSuccess: (user) => saved(user),
  });
}

/** Change a user's name, organisation, roles or active state. */
export function useUpdateUser(id: string) {
  const saved = useUserSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserRequest) => api.patch<User>(`/users/${id}`, body),
    onSuccess: async (user) => {
      await saved(user);
      // The signed-in administrator may have changed their own roles.
      await queryClient.invalidateQueries({ queryKey: authKeys.session });
    },
  });
}

/** Set a new password for a user. */
export function useSetPassword(id: string) {
  const saved = useUserSaved();
  return useMutation({
    mutationFn: (password: string) => api.post<{ ok: true }>(`/users/${id}/password`, { password }),
    onSuccess: async () => {
      await saved(null);
    },
  });
}
