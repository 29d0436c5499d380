import { EndedSessions, ErrorResponse, OwnSessionList, OwnSessionParams } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { authPolicy } from './auth.policy';
import type { OwnSessionsService } from './sessions.service';
import { SESSION_COOKIE } from './session-token';

const tags = ['auth'];

/** HTTP routes of "Mijn sessies": the own active sessions, ending one or all others. */
export function sessionsRoutes(service: OwnSessionsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/auth/sessions',
      {
        config: { policy: authPolicy.ownSession },
        schema: {
          tags,
          summary: 'The own active sessions',
          description: 'Browser and system per session, never an IP address or a token.',
          response: { 200: OwnSessionList, 401: ErrorResponse },
        },
      },
      (request) => service.list(actorContext(request)),
    );

    app.delete(
      '/auth/sessions/:id',
      {
        config: { policy: authPolicy.ownSession },
        schema: {
          tags,
          summary: 'End one of the own sessions',
          description: 'Ending the current session signs out, like POST /auth/logout.',
          params: OwnSessionParams,
          response: { 200: EndedSessions, 400: ErrorResponse, 404: ErrorResponse },
        },
      },
      async (request, reply) => {
        const { current } = await service.end(actorContext(request), request.params.id);
        if (current) reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ended: 1 };
      },
    );

    app.post(
      '/auth/sessions/end-others',
      {
        config: { policy: authPolicy.ownSession },
        schema: { tags, summary: 'End every other own session', response: { 200: EndedSessions } },
      },
      async (request) => ({ ended: await service.endOthers(actorContext(request)) }),
    );
  };
}
