import {
  AddConferenceActionRequest,
  AddConferenceItemRequest,
  ConferenceActionParams,
  ConferenceDetail,
  ConferenceItemParams,
  ConferenceList,
  CreateConferenceRequest,
  ErrorResponse,
  IdParams,
  UpdateConferenceActionRequest,
  UpdateConferenceItemRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { veldtafelPolicy } from './veldtafel.policy';
import type { VeldtafelService } from './veldtafel.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['veldtafel'];
const config = { policy: veldtafelPolicy.use };

/** HTTP routes for the veldtafel (case conferences): access officers only. */
export function veldtafelRoutes(service: VeldtafelService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/case-conferences',
      {
        config,
        schema: {
          tags,
          summary: 'Meetings of the region and cases suggested for the agenda, with the reason',
          response: { 200: ConferenceList, ...errors },
        },
      },
      (request) => service.list(actorContext(request)),
    );

    app.post(
      '/case-conferences',
      {
        config,
        schema: {
          tags,
          summary: 'Plan a meeting',
          body: CreateConferenceRequest,
          response: { 200: ConferenceDetail, ...errors },
        },
      },
      (request) => service.create(actorContext(request), request.body),
    );

    app.get(
      '/case-conferences/:id',
      {
        config,
        schema: {
          tags,
          summary: 'A meeting: agenda with decisions and follow-up actions, suggestions not on it yet',
          params: IdParams,
          response: { 200: ConferenceDetail, ...errors },
        },
      },
      (request) => service.detail(actorContext(request), request.params.id),
    );

    app.post(
      '/case-conferences/:id/items',
      {
        config,
        schema: {
          tags,
          summary: 'Put a case on the agenda (a signal that applies, or by hand with a reason)',
          params: IdParams,
          body: AddConferenceItemRequest,
          response: { 200: ConferenceDetail, ...errors },
        },
      },
      (request) => service.addItem(actorContext(request), request.params.id, request.body),
    );

    app.patch(
      '/case-conferences/:id/items/:itemId',
      {
        config,
        schema: {
          tags,
          summary: 'Record the decision on a case',
          params: ConferenceItemParams,
          body: UpdateConferenceItemRequest,
          response: { 200: ConferenceDetail, ...errors },
        },
      },
      (request) => service.updateItem(actorContext(request), request.params.id, request.params.itemId, request.body),
    );

    app.post(
      '/case-conferences/:id/items/:itemId/actions',
      {
        config,
        schema: {
          tags,
          summary: 'Add a follow-up action (description, owner organisation, due date)',
          params: ConferenceItemParams,
          body: AddConferenceActionRequest,
          response: { 200: ConferenceDetail, ...errors },
        },
      },
      (request) => service.addAction(actorContext(request), request.params.id, request.params.itemId, request.body),
    );

    app.patch(
      '/case-conferences/:id/actions/:actionId',
      {
        config,
        schema: {
          tags,
          summary: 'Mark a follow-up action done or not done',
          params: ConferenceActionParams,
          body: UpdateConferenceActionRequest,
          response: { 200: ConferenceDetail, ...errors },
        },
      },
      (request) =>
        service.updateAction(actorContext(request), request.params.id, request.params.actionId, request.body.done),
    );
  };
}
