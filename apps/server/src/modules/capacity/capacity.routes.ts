import {
  CreateLocationRequest,
  ErrorResponse,
  IdParams,
  LocationDetail,
  LocationList,
  LocationListQuery,
  OccupancyBoard,
  OccupancyQuery,
  RecordCapacityRequest,
  RegionServiceList,
  ServiceParams,
  UpdateLocationRequest,
  UpdateRegionServiceRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { capacityPolicy } from './capacity.policy';
import type { CatalogueService } from './catalogue.service';
import type { LocationsService } from './locations.service';
import type { OccupancyService } from './occupancy.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['capacity'];

/** HTTP routes of the service catalogue, the providers' locations and places, and the occupancy board. */
export function capacityRoutes(services: {
  catalogue: CatalogueService;
  locations: LocationsService;
  occupancy: OccupancyService;
}): FastifyPluginAsyncZod {
  const { catalogue, locations, occupancy } = services;
  return async (app) => {
    app.get(
      '/services',
      {
        config: { policy: capacityPolicy.readCatalogue },
        schema: { tags, summary: 'The region’s service catalogue', response: { 200: RegionServiceList, ...errors } },
      },
      (request) => catalogue.list(actorContext(request)),
    );
    app.put(
      '/services/:service',
      {
        config: { policy: capacityPolicy.configureCatalogue },
        schema: {
          tags,
          summary: 'Switch a service of the catalogue on or off',
          params: ServiceParams,
          body: UpdateRegionServiceRequest,
          response: { 200: RegionServiceList, ...errors },
        },
      },
      (request) => catalogue.setActive(actorContext(request), request.params.service, request.body.active),
    );
    app.get(
      '/locations',
      {
        config: { policy: capacityPolicy.readLocations },
        schema: {
          tags,
          summary: 'Locations (a provider: its own)',
          querystring: LocationListQuery,
          response: { 200: LocationList, ...errors },
        },
      },
      (request) => locations.list(actorContext(request), request.query),
    );
    app.post(
      '/locations',
      {
        config: { policy: capacityPolicy.createLocation },
        schema: {
          tags,
          summary: 'Create a location for a provider',
          body: CreateLocationRequest,
          response: { 201: LocationDetail, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await locations.create(actorContext(request), request.body)),
    );
    app.get(
      '/locations/:id',
      {
        config: { policy: capacityPolicy.readLocations },
        schema: {
          tags,
          summary: 'One location with its places per service and their history',
          params: IdParams,
          response: { 200: LocationDetail, ...errors },
        },
      },
      (request) => locations.detail(actorContext(request), request.params.id),
    );
    app.patch(
      '/locations/:id',
      {
        config: { policy: capacityPolicy.changeLocation },
        schema: {
          tags,
          summary: 'Change a location (name, address, municipality, expertise, active)',
          params: IdParams,
          body: UpdateLocationRequest,
          response: { 200: LocationDetail, ...errors },
        },
      },
      (request) => locations.update(actorContext(request), request.params.id, request.body),
    );
    app.post(
      '/locations/:id/capacity',
      {
        config: { policy: capacityPolicy.changeLocation },
        schema: {
          tags,
          summary: 'Record the places of a service from a date on',
          params: IdParams,
          body: RecordCapacityRequest,
          response: { 201: LocationDetail, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await locations.recordCapacity(actorContext(request), request.params.id, request.body)),
    );
    app.get(
      '/occupancy',
      {
        config: { policy: capacityPolicy.readOccupancy },
        schema: {
          tags,
          summary: 'The occupancy board: places, occupied, held, free per location and service',
          querystring: OccupancyQuery,
          response: { 200: OccupancyBoard, ...errors },
        },
      },
      (request) => occupancy.board(actorContext(request), request.query),
    );
  };
}
