import type {
  AuthMethodsResponse,
  Locale,
  LoginRequest,
  RegionResponse,
  SessionResponse,
  SessionUser,
} from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError, setCsrfToken } from './client';
import { clearSessionExpired } from './sessionExpiry';
import { authKeys, isAuthKey, regionKeys } from './queryKeys';

/** Fetch the current session; null when nobody is signed in (401). */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get<SessionResponse>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The session query: `user` is null when signed out, undefined while still loading. */
export function useSession() {
  const query = useQuery({ queryKey: authKeys.session, queryFn: fetchSession, staleTime: 5 * 60_000 });
  const user: SessionUser | null | undefined = query.data === undefined ? undefined : (query.data?.user ?? null);
  return { ...query, session: query.data, user };
}

/** The signed-in user; only for components rendered inside the sign-in guard. */
export function useCurrentUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser used outside <RequireAuth>');
  return user;
}

/** Which ways of signing in this installation offers (public). */
export function useAuthMethods() {
  return useQuery({
    queryKey: authKeys.methods,
    queryFn: () => api.get<AuthMethodsResponse>('/auth/methods'),
    staleTime: Infinity,
  });
}

/** Sign in with e-mail and password; on success the session cache is filled. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api.post<SessionResponse>('/auth/login', body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      clearSessionExpired();
      queryClient.removeQueries({ predicate: (query) => !isAuthKey(query.queryKey) });
      queryClient.setQueryData(authKeys.session, session);
    },
  });
}

/** Forget the session and every cached answer (after signing out). */
export function useClearSession() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    setCsrfToken(null);
    queryClient.setQueryData(authKeys.session, null);
    queryClient.removeQueries({ predicate: (query) => !isAuthKey(query.queryKey) });
  }, [queryClient]);
}

/**
 * Sign out: tell the server, then go to the sign-in page, which clears the cached session once
 * it is shown (clearing earlier would make the current page bounce to the sign-in page itself).
 */
export function useSignOut() {
  const navigate = useNavigate();
  const mutation = useMutation({ mutationFn: () => api.post<{ ok: true }>('/auth/logout', {}) });
  const signOut = () =>
    mutation.mutate(undefined, {
      onSettled: () => void navigate('/inloggen', { replace: true, state: { signedOut: true } }),
    });
  return { signOut, isPending: mutation.isPending };
}

/** Store the interface language for the signed-in user. */
export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api.put<SessionResponse>('/auth/preferences', { locale }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(authKeys.session, session);
    },
  });
}

/** The signed-in user's region with its municipalities. */
export function useRegion(enabled = true) {
  return useQuery({
    queryKey: regionKeys.all,
    queryFn: () => api.get<RegionResponse>('/region'),
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** A safe in-app path to return to after signing in ("/..." but never "//host"). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/inloggen')) return '/';
  return value;
}
