import {
  AddInterimSupportRequest,
  EndInterimSupportRequest,
  ErrorResponse,
  IdParams,
  InterimProviderList,
  InterimSupportParams,
  RemoveFromWaitlistRequest,
  Waitlist,
  WaitlistEntry,
  WaitlistQuery,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { accessPolicy } from './access.policy';
import type { AccessService } from './access.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['waitlist'];

/** HTTP routes for the waiting list: the list, support while waiting and removal. */
export function waitlistRoutes(service: AccessService): FastifyPluginAsyncZod {
  const { waitlist } = service;
  return async (app) => {
    app.get(
      '/waitlist',
      {
        config: { policy: accessPolicy.readWaitlist },
        schema: {
          tags,
          summary: 'The waiting list: by priority, then longest waiting; waiting months and the > 3 months flag',
          querystring: WaitlistQuery,
          response: { 200: Waitlist, ...errors },
        },
      },
      (request) => waitlist.list(actorContext(request), request.query),
    );

    app.get(
      '/waitlist/providers',
      {
        config: { policy: accessPolicy.waitlist },
        schema: {
          tags,
          summary: 'Provider organisations that can give support while waiting',
          response: { 200: InterimProviderList, ...errors },
        },
      },
      (request) => waitlist.providers(actorContext(request)),
    );

    app.get(
      '/waitlist/:id',
      {
        config: { policy: accessPolicy.readWaitlist },
        schema: {
          tags,
          summary: 'One waiting-list entry with its support while waiting',
          params: IdParams,
          response: { 200: WaitlistEntry, ...errors },
        },
      },
      (request) => waitlist.detail(actorContext(request), request.params.id),
    );

    app.post(
      '/waitlist/:id/interim-support',
      {
        config: { policy: accessPolicy.waitlist },
        schema: {
          tags,
          summary: 'Record support while waiting',
          params: IdParams,
          body: AddInterimSupportRequest,
          response: { 201: WaitlistEntry, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await waitlist.addInterimSupport(actorContext(request), request.params.id, request.body)),
    );

    app.post(
      '/waitlist/:id/interim-support/:supportId/end',
      {
        config: { policy: accessPolicy.waitlist },
        schema: {
          tags,
          summary: 'End support while waiting',
          params: InterimSupportParams,
          body: EndInterimSupportRequest,
          response: { 200: WaitlistEntry, ...errors },
        },
      },
      (request) =>
        waitlist.endInterimSupport(actorContext(request), request.params.id, request.params.supportId, request.body),
    );

    app.post(
      '/waitlist/:id/remove',
      {
        config: { policy: accessPolicy.waitlist },
        schema: {
          tags,
          summary: 'Take someone off the list with a reason (not "placed": that is the placement flow)',
          params: IdParams,
          body: RemoveFromWaitlistRequest,
          response: { 200: WaitlistEntry, ...errors },
        },
      },
      (request) => waitlist.remove(actorContext(request), request.params.id, request.body),
    );
  };
}
