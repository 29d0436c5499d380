import { identifier } from '@springplank/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../errors';
import { clientInfo, setSessionCookie, type SessionCookieSettings } from './auth.routes';
import { oidcPolicy } from './oidc.policy';
import type { OidcService } from './oidc.service';

/** Query of the start of a sign-in. */
const OidcLoginQuery = z.object({ returnTo: identifier(2000).optional() });

/** Query the provider sends back; the service reads the raw query string as a whole. */
const OidcCallbackQuery = z.looseObject({
  state: identifier(2000).optional(),
  code: identifier(4000).optional(),
  error: identifier(200).optional(),
});

/** The web app's sign-in page; it shows the Dutch message for the code in `fout`. */
const SIGN_IN_PAGE = '/inloggen';

/**
 * HTTP routes for signing in with OpenID Connect. Both end in a redirect, also when
 * something fails: the browser lands on the sign-in page with the error code.
 */
export function oidcRoutes(
  service: OidcService,
  cookie: SessionCookieSettings,
  rateLimitPerMinute: number,
): FastifyPluginAsyncZod {
  return async (app) => {
    const config = {
      policy: oidcPolicy.signIn,
      rateLimit: { max: rateLimitPerMinute, timeWindow: '1 minute' },
    };
    // Errors raised before the handler (rate limit, access control) end in a redirect too.
    const errorHandler = (error: unknown, request: FastifyRequest, reply: FastifyReply): void => {
      void redirectToSignIn(request, reply, error);
    };

    app.get(
      '/auth/oidc/login',
      {
        config,
        errorHandler,
        attachValidation: true,
        schema: {
          tags: ['auth'],
          summary: 'Start signing in with OpenID Connect',
          description:
            'Redirects (302) to the identity provider; `returnTo` is a path on this site to go to afterwards.',
          querystring: OidcLoginQuery,
        },
      },
      async (request, reply) => {
        try {
          // A malformed returnTo is as good as none: go to the start page afterwards.
          const returnTo = request.validationError ? undefined : request.query.returnTo;
          return reply.redirect((await service.begin(returnTo)).href, 302);
        } catch (error) {
          return redirectToSignIn(request, reply, error);
        }
      },
    );

    app.get(
      '/auth/oidc/callback',
      {
        config,
        errorHandler,
        attachValidation: true,
        schema: {
          tags: ['auth'],
          summary: 'Return from the OpenID Connect provider',
          description:
            'Sets the session cookie and redirects (302) to where the sign-in started; on failure redirects to `/inloggen?fout=<code>`.',
          querystring: OidcCallbackQuery,
        },
      },
      async (request, reply) => {
        try {
          if (request.validationError) throw new AppError('OIDC_FAILED');
          const { started, returnTo } = await service.complete(rawQuery(request.url), clientInfo(request));
          setSessionCookie(reply, started.token, cookie);
          return reply.redirect(returnTo, 302);
        } catch (error) {
          return redirectToSignIn(request, reply, error);
        }
      },
    );
  };
}

/** Everything after the `?` of a request URL. */
function rawQuery(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at + 1);
}

/** Log the failure and send the browser to the sign-in page with the error code. */
function redirectToSignIn(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const code: ErrorCode =
    error instanceof AppError ? error.code : statusOf(error) === 429 ? 'RATE_LIMITED' : 'OIDC_FAILED';
  request.log.warn(
    { err: error, cause: error instanceof Error ? error.cause : undefined, code },
    'OIDC sign-in failed',
  );
  return reply.redirect(`${SIGN_IN_PAGE}?fout=${encodeURIComponent(code)}`, 302);
}

/** The HTTP status a framework or plugin error carries, if any. */
function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;
}
