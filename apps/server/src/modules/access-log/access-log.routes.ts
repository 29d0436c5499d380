import {
  AccessLogPage,
  AccessLogPersonList,
  AccessLogPersonParams,
  AccessLogPersonQuery,
  AccessLogPersonReport,
  AccessLogQuery,
  ChainCheckpointResult,
  ChainVerification,
  ErrorResponse,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { accessLogPolicy } from './access-log.policy';
import type { AccessLogPersonsService } from './access-log.persons.service';
import type { AccessLogService } from './access-log.service';
import type { ChainVerificationService } from './access-log.verification.service';

/** HTTP routes of the access log. */
export function accessLogRoutes(
  service: AccessLogService,
  verification: ChainVerificationService,
  persons: AccessLogPersonsService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/access-log/persons',
      {
        config: { policy: accessLogPolicy.read },
        schema: {
          tags: ['access-log'],
          summary: 'Find the person of an inzageverzoek by name, BSN or reference (privacy officer; logged)',
          querystring: AccessLogPersonQuery,
          response: { 200: AccessLogPersonList, 403: ErrorResponse },
        },
      },
      (request) => persons.search(actorContext(request), request.query.q),
    );

    app.get(
      '/access-log/persons/:personId',
      {
        config: { policy: accessLogPolicy.read },
        schema: {
          tags: ['access-log'],
          summary: "A person's whole log, oldest first, with readable actions (privacy officer; logged)",
          params: AccessLogPersonParams,
          response: { 200: AccessLogPersonReport, 403: ErrorResponse },
        },
      },
      (request) => persons.report(actorContext(request), request.params.personId),
    );

    app.get(
      '/access-log/persons/:personId/export.csv',
      {
        config: { policy: accessLogPolicy.read },
        schema: {
          tags: ['access-log'],
          summary: "A person's log as a Dutch CSV for an inzageverzoek (privacy officer; logged)",
          params: AccessLogPersonParams,
        },
      },
      async (request, reply) => {
        const content = await persons.exportCsv(actorContext(request), request.params.personId);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="logboek-${request.params.personId}.csv"`)
          .header('cache-control', 'no-store')
          .send(content);
      },
    );

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
