import {
  AccessLogPage,
  AccessLogQuery,
  ChainCheckpointResult,
  ChainVerification,
  ErrorResponse,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { accessLogPolicy } from './access-log.policy';
import type { AccessLogService } from './access-log.service';
import type { ChainVerificationService } from './access-log.verification.service';

/** HTTP routes of the access log. */
export function accessLogRoutes(
  service: AccessLogService,
  verification: ChainVerificationService,
): FastifyPluginAsyncZod {
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
          summary:
            'Recompute the keyed chain, compare it with the signed checkpoints, report what was cut or rewritten',
          response: { 200: ChainVerification, 403: ErrorResponse },
        },
      },
      (request) => verification.verify(actorContext(request)),
    );

    app.post(
      '/access-log/checkpoints',
      {
        config: { policy: accessLogPolicy.read },
        schema: {
          tags: ['access-log'],
          summary: "Write a signed checkpoint of the region's chain outside the database now",
          response: { 200: ChainCheckpointResult, 403: ErrorResponse },
        },
      },
      (request) => verification.checkpointNow(actorContext(request)),
    );
  };
}
