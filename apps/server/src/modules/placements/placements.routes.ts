import {
  AcceptOfferRequest,
  CreateOfferRequest,
  DeclineOfferRequest,
  ErrorResponse,
  FreePlaceList,
  FreePlacesQuery,
  IdParams,
  Offer,
  OfferList,
  OfferListQuery,
  PlacementSuggestions,
  SuggestionsQuery,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { placementsPolicy } from './placements.policy';
import type { PlacementsService } from './placements.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['placements'];

/** HTTP routes for matching free places to the waiting list, offers and their answers. */
export function placementsRoutes(service: PlacementsService): FastifyPluginAsyncZod {
  const { queries, offers, responses } = service;
  return async (app) => {
    app.get(
      '/placements/free-places',
      {
        config: { policy: placementsPolicy.match },
        schema: {
          tags,
          summary: 'Places per location and service on a day: places − occupied − held = free',
          querystring: FreePlacesQuery,
          response: { 200: FreePlaceList, ...errors },
        },
      },
      (request) => queries.freePlaces(actorContext(request), request.query),
    );

    app.get(
      '/placements/suggestions',
      {
        config: { policy: placementsPolicy.match },
        schema: {
          tags,
          summary: 'Waiting-list candidates for a location and service, best first, with reasons',
          querystring: SuggestionsQuery,
          response: { 200: PlacementSuggestions, ...errors },
        },
      },
      (request) => queries.suggestions(actorContext(request), request.query),
    );

    app.get(
      '/offers',
      {
        config: { policy: placementsPolicy.readOffers },
        schema: {
          tags,
          summary: "Offers: the region's (access) or those addressed to the own organisation (provider)",
          querystring: OfferListQuery,
          response: { 200: OfferList, ...errors },
        },
      },
      (request) => offers.list(actorContext(request), request.query),
    );

    app.get(
      '/offers/:id',
      {
        config: { policy: placementsPolicy.readOffers },
        schema: { tags, summary: 'One offer', params: IdParams, response: { 200: Offer, ...errors } },
      },
      (request) => offers.detail(actorContext(request), request.params.id),
    );

    app.post(
      '/offers',
      {
        config: { policy: placementsPolicy.manageOffers },
        schema: {
          tags,
          summary: 'Offer a free place to a person on the waiting list (holds the place)',
          body: CreateOfferRequest,
          response: { 201: Offer, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await offers.create(actorContext(request), request.body)),
    );

    app.post(
      '/offers/:id/withdraw',
      {
        config: { policy: placementsPolicy.manageOffers },
        schema: { tags, summary: 'Withdraw a pending offer', params: IdParams, response: { 200: Offer, ...errors } },
      },
      (request) => offers.withdraw(actorContext(request), request.params.id),
    );

    app.post(
      '/offers/:id/accept',
      {
        config: { policy: placementsPolicy.respond },
        schema: {
          tags,
          summary: 'Accept an offer: starts the stay and removes the person from the waiting list (placed)',
          params: IdParams,
          body: AcceptOfferRequest,
          response: { 200: Offer, ...errors },
        },
      },
      (request) => responses.accept(actorContext(request), request.params.id, request.body),
    );

    app.post(
      '/offers/:id/decline',
      {
        config: { policy: placementsPolicy.respond },
        schema: {
          tags,
          summary: 'Decline an offer with a reason',
          params: IdParams,
          body: DeclineOfferRequest,
          response: { 200: Offer, ...errors },
        },
      },
      (request) => responses.decline(actorContext(request), request.params.id, request.body),
    );
  };
}
