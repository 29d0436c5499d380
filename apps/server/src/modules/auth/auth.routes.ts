import {
  AuthMethodsResponse,
  ErrorResponse,
  LoginRequest,
  OkResponse,
  SessionResponse,
  UpdatePreferencesRequest,
} from '@springplank/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { authPolicy } from './auth.policy';
import { presentSession, type AuthService, type ClientInfo } from './auth.service';
import { SESSION_COOKIE } from './session-token';

/** Cookie settings for the session cookie. */
export interface SessionCookieSettings {
  secure: boolean;
  maxAgeSeconds: number;
}

/** Client details of a request, for the session record and the access log. */
export function clientInfo(request: FastifyRequest): ClientInfo {
  return {
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: request.id,
    previousSessionToken: request.cookies[SESSION_COOKIE] ?? null,
  };
}

/** Set the HttpOnly, SameSite session cookie. */
export function setSessionCookie(reply: FastifyReply, token: string, settings: SessionCookieSettings): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secure,
    path: '/',
    maxAge: settings.maxAgeSeconds,
  });
}

/** HTTP routes for signing in and out with a password and for the own session. */
export function authRoutes(
  service: AuthService,
  cookie: SessionCookieSettings,
  methods: AuthMethodsResponse,
  loginRateLimitPerMinute: number,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/auth/methods',
      {
        config: { policy: authPolicy.signIn },
        schema: { tags: ['auth'], summary: 'Ways of signing in', response: { 200: AuthMethodsResponse } },
      },
      () => methods,
    );

    app.post(
      '/auth/login',
      {
        config: {
          policy: authPolicy.signIn,
          rateLimit: { max: loginRateLimitPerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail address and password',
          description:
            'Too many attempts for one e-mail address from one client, or too many from one client, answer 429 RATE_LIMITED with Retry-After; accounts are never locked. Unknown addresses and wrong passwords get the same 401.',
          body: LoginRequest,
          response: {
            200: SessionResponse,
            400: ErrorResponse,
            401: ErrorResponse,
            403: ErrorResponse,
            429: ErrorResponse,
          },
        },
      },
      async (request, reply) => {
        const started = await service.login(request.body, clientInfo(request));
        setSessionCookie(reply, started.token, cookie);
        return started.session;
      },
    );

    app.get(
      '/auth/session',
      {
        config: { policy: authPolicy.ownSession },
        schema: {
          tags: ['auth'],
          summary: 'The current session',
          response: { 200: SessionResponse, 401: ErrorResponse },
        },
      },
      (request) => presentSession(actorContext(request).actor),
    );

    app.post(
      '/auth/logout',
      {
        config: { policy: authPolicy.ownSession },
        schema: { tags: ['auth'], summary: 'Sign out', response: { 200: OkResponse } },
      },
      async (request, reply) => {
        await service.logout(actorContext(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.put(
      '/auth/preferences',
      {
        config: { policy: authPolicy.ownSession },
        schema: {
          tags: ['auth'],
          summary: 'Change the own interface language',
          body: UpdatePreferencesRequest,
          response: { 200: SessionResponse, 400: ErrorResponse },
        },
      },
      (request) => service.updateLocale(actorContext(request), request.body.locale),
    );
  };
}
