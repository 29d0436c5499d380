import {
  CloseReportRequest,
  DuplicateSuggestions,
  ErrorResponse,
  Id,
  IdParams,
  LinkPersonRequest,
  MergeReportRequest,
  PersonList,
  PersonSearchQuery,
  ReportDetail,
  RouteReportRequest,
  TriageQueue,
  TriageQueueQuery,
  UpdateTriageRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import type { RoutingService } from './routing.service';
import { triagePolicy } from './triage.policy';
import type { TriageService } from './triage.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const config = { policy: triagePolicy.triage };
const tags = ['triage'];

/** HTTP routes of the meldpunt's triage. */
export function triageRoutes(triage: TriageService, routing: RoutingService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/triage/reports',
      {
        config,
        schema: {
          tags,
          summary: 'The triage queue',
          querystring: TriageQueueQuery,
          response: { 200: TriageQueue, ...errors },
        },
      },
      (request) => triage.queue(actorContext(request), request.query),
    );
    app.get(
      '/triage/reports/:id',
      { config, schema: { tags, summary: 'One report', params: IdParams, response: { 200: ReportDetail, ...errors } } },
      (request) => triage.detail(actorContext(request), request.params.id),
    );
    app.get(
      '/triage/reports/:id/duplicates',
      {
        config,
        schema: {
          tags,
          summary: 'Likely duplicates of a report',
          params: IdParams,
          response: { 200: DuplicateSuggestions, ...errors },
        },
      },
      (request) => triage.duplicates(actorContext(request), request.params.id),
    );
    app.get(
      '/triage/reports/:id/attachments/:attachmentId',
      {
        config,
        schema: { tags, summary: 'Download an attachment', params: IdParams.extend({ attachmentId: Id }) },
      },
      async (request, reply) => {
        const file = await triage.attachment(actorContext(request), request.params.id, request.params.attachmentId);
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    );
    app.patch(
      '/triage/reports/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Set urgency and categories',
          params: IdParams,
          body: UpdateTriageRequest,
          response: { 200: ReportDetail, ...errors },
        },
      },
      (request) => routing.update(actorContext(request), request.params.id, request.body),
    );
    app.post(
      '/triage/reports/:id/person',
      {
        config,
        schema: {
          tags,
          summary: 'Link the report to a known or new person',
          params: IdParams,
          body: LinkPersonRequest,
          response: { 200: ReportDetail, ...errors },
        },
      },
      (request) => routing.linkPerson(actorContext(request), request.params.id, request.body),
    );
    app.post(
      '/triage/reports/:id/route',
      {
        config,
        schema: {
          tags,
          summary: 'Route to the team of the routing rule, or another team with a reason',
          params: IdParams,
          body: RouteReportRequest,
          response: { 200: ReportDetail, ...errors },
        },
      },
      (request) => routing.route(actorContext(request), request.params.id, request.body),
    );
    app.post(
      '/triage/reports/:id/merge',
      {
        config,
        schema: {
          tags,
          summary: 'Merge a duplicate report into an open case',
          params: IdParams,
          body: MergeReportRequest,
          response: { 200: ReportDetail, ...errors },
        },
      },
      (request) => routing.merge(actorContext(request), request.params.id, request.body),
    );
    app.post(
      '/triage/reports/:id/close',
      {
        config,
        schema: {
          tags,
          summary: 'Close a report without follow-up',
          params: IdParams,
          body: CloseReportRequest,
          response: { 200: ReportDetail, ...errors },
        },
      },
      (request) => routing.close(actorContext(request), request.params.id, request.body),
    );
    app.get(
      '/persons',
      {
        config,
        schema: {
          tags,
          summary: 'Search persons to link a report to',
          querystring: PersonSearchQuery,
          response: { 200: PersonList, ...errors },
        },
      },
      (request) => triage.searchPersons(actorContext(request), request.query),
    );
  };
}
