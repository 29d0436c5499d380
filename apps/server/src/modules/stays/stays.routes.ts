import {
  EndStayRequest,
  ErrorResponse,
  IdParams,
  ShelterIntakeRequest,
  ShelterPersonList,
  ShelterPersonQuery,
  StayDetail,
  StayList,
  StayListQuery,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { staysPolicy } from './stays.policy';
import type { StaysService } from './stays.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['stays'];

/** HTTP routes of stays (list, detail, end) and direct shelter intake. */
export function staysRoutes(service: StaysService): FastifyPluginAsyncZod {
  const { queries, actions } = service;
  return async (app) => {
    app.get(
      '/stays',
      {
        config: { policy: staysPolicy.read },
        schema: {
          tags,
          summary: 'Stays (a provider: its own), current or ended, with the three-month flag for shelter',
          querystring: StayListQuery,
          response: { 200: StayList, ...errors },
        },
      },
      (request) => queries.list(actorContext(request), request.query),
    );
    app.get(
      '/stays/:id',
      {
        config: { policy: staysPolicy.read },
        schema: { tags, summary: 'One stay', params: IdParams, response: { 200: StayDetail, ...errors } },
      },
      (request) => queries.detail(actorContext(request), request.params.id),
    );
    app.post(
      '/stays/:id/end',
      {
        config: { policy: staysPolicy.change },
        schema: {
          tags,
          summary: 'End a stay with an end date (never before the start) and a reason',
          params: IdParams,
          body: EndStayRequest,
          response: { 200: StayDetail, ...errors },
        },
      },
      (request) => actions.end(actorContext(request), request.params.id, request.body),
    );
    app.post(
      '/shelter/intake',
      {
        config: { policy: staysPolicy.intake },
        schema: {
          tags,
          summary: 'Direct shelter intake (no waiting list); 409 when the location has no free bed',
          body: ShelterIntakeRequest,
          response: { 201: StayDetail, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await actions.shelterIntake(actorContext(request), request.body)),
    );
    app.get(
      '/shelter/persons',
      {
        config: { policy: staysPolicy.intake },
        schema: {
          tags,
          summary: 'Find a person for shelter intake (a provider: only its own clients)',
          querystring: ShelterPersonQuery,
          response: { 200: ShelterPersonList, ...errors },
        },
      },
      (request) => actions.searchPersons(actorContext(request), request.query.q),
    );
  };
}
