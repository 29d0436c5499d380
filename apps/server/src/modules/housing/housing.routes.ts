import {
  ErrorResponse,
  HousingRequest,
  HousingRequestList,
  IdParams,
  OfferHomeRequest,
  OutflowItem,
  OutflowOverview,
  RecordHousedRequest,
  RecordReadyRequest,
  SendHousingRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import type { HousingRequestsService } from './housing-requests.service';
import { housingPolicy } from './housing.policy';
import type { OutflowService } from './outflow.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** HTTP routes for outflow to a home: the provider's/access team's side and the corporation's side. */
export function housingRoutes(outflow: OutflowService, requests: HousingRequestsService): FastifyPluginAsyncZod {
  return async (app) => {
    const outflowConfig = { policy: housingPolicy.outflow };
    const requestsConfig = { policy: housingPolicy.requests };

    app.get(
      '/outflow',
      {
        config: outflowConfig,
        schema: {
          tags: ['outflow'],
          summary: 'Persons ready to move on but not housed, against the three-month promise',
          response: { 200: OutflowOverview, ...errors },
        },
      },
      (request) => outflow.overview(actorContext(request)),
    );

    app.post(
      '/outflow',
      {
        config: outflowConfig,
        schema: {
          tags: ['outflow'],
          summary: 'Record the date it was established the person in a stay can move on (ready_on)',
          body: RecordReadyRequest,
          response: { 200: OutflowItem, ...errors },
        },
      },
      (request) => outflow.recordReady(actorContext(request), request.body),
    );

    app.post(
      '/outflow/:id/housing-request',
      {
        config: outflowConfig,
        schema: {
          tags: ['outflow'],
          summary: 'Send a housing request to a corporation, with only what it needs',
          params: IdParams,
          body: SendHousingRequest,
          response: { 200: OutflowItem, ...errors },
        },
      },
      (request) => outflow.sendRequest(actorContext(request), request.params.id, request.body),
    );

    app.get(
      '/housing-requests',
      {
        config: requestsConfig,
        schema: {
          tags: ['housing-requests'],
          summary: "The corporation's own housing requests (allowed fields only)",
          response: { 200: HousingRequestList, ...errors },
        },
      },
      (request) => requests.list(actorContext(request)),
    );

    app.get(
      '/housing-requests/:id',
      {
        config: requestsConfig,
        schema: {
          tags: ['housing-requests'],
          summary: 'One housing request addressed to the own corporation',
          params: IdParams,
          response: { 200: HousingRequest, ...errors },
        },
      },
      (request) => requests.detail(actorContext(request), request.params.id),
    );

    app.post(
      '/housing-requests/:id/offer',
      {
        config: requestsConfig,
        schema: {
          tags: ['housing-requests'],
          summary: 'Offer a home',
          params: IdParams,
          body: OfferHomeRequest,
          response: { 200: HousingRequest, ...errors },
        },
      },
      (request) => requests.offer(actorContext(request), request.params.id, request.body),
    );

    app.post(
      '/housing-requests/:id/housed',
      {
        config: requestsConfig,
        schema: {
          tags: ['housing-requests'],
          summary: 'Record the move-in date (not before ready_on)',
          params: IdParams,
          body: RecordHousedRequest,
          response: { 200: HousingRequest, ...errors },
        },
      },
      (request) => requests.housed(actorContext(request), request.params.id, request.body),
    );
  };
}
