import type { ErrorResponse, FieldIssue } from '@springplank/contract';

const BASE = '/api/v1';

/** One per-field problem of a validation error: a stable code, its params and a Dutch message. */
export type { FieldIssue };

/** An error answer of the API (or a request that never got an answer: code NETWORK). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly issues: FieldIssue[];

  constructor(status: number, code: string, message: string, requestId?: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.issues = issues;
  }
}

/** True when the value is an ApiError, optionally with one of the given codes. */
export function isApiError(value: unknown, ...codes: string[]): value is ApiError {
  return value instanceof ApiError && (codes.length === 0 || codes.includes(value.code));
}

let csrfToken: string | null = null;

/** Remember the CSRF token of the current session; it goes along with every change. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token of the current session, for requests made outside `api` (file uploads). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Query-string values; empty strings and undefined are left out. */
export type QueryParams = Record<string, string | number | undefined | null>;

/** Build `?a=1&b=2` from the non-empty values, or '' when there are none. */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Turn an error response of the API into an ApiError (also used for file uploads). */
export async function parseError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (e.g. a proxy error page): fall through to a generic error.
  }
  const error = (body as Partial<ErrorResponse> | null)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(response.status, error.code, error.message ?? '', error.requestId, error.issues ?? []);
  }
  const code = response.status === 404 ? 'NOT_FOUND' : response.status >= 500 ? 'INTERNAL' : `HTTP_${response.status}`;
  return new ApiError(response.status, code, response.statusText);
}

/** Extra request headers, e.g. `Idempotency-Key`. */
export type ExtraHeaders = Record<string, string>;

async function send<T>(
  method: Method,
  path: string,
  body: unknown,
  retried: boolean,
  extra?: ExtraHeaders,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  const changes = method !== 'GET';
  if (changes) {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: changes ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) {
    const error = await parseError(response);
    if (error.code === 'CSRF_FAILED' && !retried) {
      // The token may have been renewed by the server: fetch the session once and retry.
      const session = await send<{ csrfToken?: string }>('GET', '/auth/session', undefined, true).catch(() => null);
      if (session?.csrfToken) {
        setCsrfToken(session.csrfToken);
        return send<T>(method, path, body, true, extra);
      }
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The JSON API under /api/v1; changes carry the CSRF token and a JSON body. */
export const api = {
  get: <T>(path: string, params?: QueryParams) =>
    send<T>('GET', `${path}${params ? toQueryString(params) : ''}`, undefined, false),
  post: <T>(path: string, body: unknown = {}, headers?: ExtraHeaders) => send<T>('POST', path, body, false, headers),
  put: <T>(path: string, body: unknown = {}) => send<T>('PUT', path, body, false),
  patch: <T>(path: string, body: unknown = {}) => send<T>('PATCH', path, body, false),
  delete: <T>(path: string, body: unknown = {}) => send<T>('DELETE', path, body, false),
};
