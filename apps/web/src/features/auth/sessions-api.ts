import type { EndedSessions, OwnSessionList } from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { authKeys } from '../../shared/api/queryKeys';

/** The signed-in user's active sessions. */
export function useOwnSessions() {
  return useQuery({
    queryKey: authKeys.ownSessions,
    queryFn: () => api.get<OwnSessionList>('/auth/sessions'),
  });
}

/** End one other session (by its handle) or, without a handle, every other session. */
export function useEndSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (handle: string | null) =>
      handle
        ? api.delete<EndedSessions>(`/auth/sessions/${encodeURIComponent(handle)}`)
        : api.post<EndedSessions>('/auth/sessions/end-others', {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: authKeys.ownSessions }),
  });
}
