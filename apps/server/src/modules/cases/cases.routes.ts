import {
  AddCaseEventRequest,
  AssignCaseRequest,
  CaseDetail,
  CaseQueue,
  CaseQueueQuery,
  CasesOverview,
  CloseCaseRequest,
  ErrorResponse,
  IdParams,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { casesPolicy } from './cases.policy';
import type { CasesService } from './cases.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['cases'];

/** HTTP routes for the follow-up of cases by outreach teams. */
export function casesRoutes(service: CasesService): FastifyPluginAsyncZod {
  const { queries, actions } = service;
  return async (app) => {
    app.get(
      '/cases',
      {
        config: { policy: casesPolicy.read },
        schema: {
          tags,
          summary: 'Case queue (own team; the meldpunt sees every team)',
          querystring: CaseQueueQuery,
          response: { 200: CaseQueue, ...errors },
        },
      },
      (request) => queries.queue(actorContext(request), request.query),
    );

    app.get(
      '/cases/overview',
      {
        config: { policy: casesPolicy.read },
        schema: {
          tags,
          summary: 'Counts per team: open, unassigned, first contact on time, due today, overdue',
          response: { 200: CasesOverview, ...errors },
        },
      },
      (request) => queries.overview(actorContext(request)),
    );

    app.get(
      '/cases/:id',
      {
        config: { policy: casesPolicy.read },
        schema: {
          tags,
          summary: 'One case: person, reports (without reporter contact), timeline',
          params: IdParams,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => queries.detail(actorContext(request), request.params.id),
    );

    app.post(
      '/cases/:id/assign',
      {
        config: { policy: casesPolicy.act },
        schema: {
          tags,
          summary: 'Assign the case to a worker of its team, or unassign it',
          params: IdParams,
          body: AssignCaseRequest,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => actions.assign(actorContext(request), request.params.id, request.body),
    );

    app.post(
      '/cases/:id/events',
      {
        config: { policy: casesPolicy.act },
        schema: {
          tags,
          summary: 'Record a contact attempt, joint visit, partner consultation or note',
          params: IdParams,
          body: AddCaseEventRequest,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => actions.addEvent(actorContext(request), request.params.id, request.body),
    );

    app.post(
      '/cases/:id/close',
      {
        config: { policy: casesPolicy.act },
        schema: {
          tags,
          summary: 'Close the case with an outcome; its reports close with it',
          params: IdParams,
          body: CloseCaseRequest,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => actions.close(actorContext(request), request.params.id, request.body),
    );
  };
}
