import { AccessLogPage, AccessLogQuery, ChainVerification, ErrorResponse } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { accessLogPolicy } from './access-log.policy';
import type { AccessLogService } from './access-log.service';

/** HTTP routes of the access log. */
export function accessLogRoutes(service: AccessLogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/access-log',
      {
        config: { policy: accessLogPolicy.read },
        schema: {
          tags: ['access-log'],
          summary: 'Search the access log of the region (privacy officer)',
          querystring: AccessLogQuery,
          response: { 200: AccessLogPage, 403: ErrorResponse },
        },
      },
      (request) => service.search(actorContext(request), request.query),
    );

    app.get(
      '/access-log/verification',
      {
        config: { policy: accessLogPolicy.read },
        schema: {
          tags: ['access-log'],
          summary: 'Recompute the hash chain and report where it breaks',
          response: { 200: ChainVerification, 403: ErrorResponse },
        },
      },
      (request) => service.verify(actorContext(request)),
    );
  };
}
