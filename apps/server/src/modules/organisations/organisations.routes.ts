import {
  CreateOrganisationRequest,
  ErrorResponse,
  IdParams,
  Organisation,
  OrganisationList,
  UpdateOrganisationRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { organisationsPolicy } from './organisations.policy';
import type { OrganisationsService } from './organisations.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** HTTP routes for managing organisations. */
export function organisationsRoutes(service: OrganisationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisations',
      {
        config: { policy: organisationsPolicy.manage },
        schema: {
          tags: ['organisations'],
          summary: 'List organisations',
          response: { 200: OrganisationList, ...errors },
        },
      },
      (request) => service.list(actorContext(request)),
    );

    app.post(
      '/organisations',
      {
        config: { policy: organisationsPolicy.manage },
        schema: {
          tags: ['organisations'],
          summary: 'Create an organisation',
          body: CreateOrganisationRequest,
          response: { 201: Organisation, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await service.create(actorContext(request), request.body)),
    );

    app.patch(
      '/organisations/:id',
      {
        config: { policy: organisationsPolicy.manage },
        schema: {
          tags: ['organisations'],
          summary: 'Change an organisation',
          params: IdParams,
          body: UpdateOrganisationRequest,
          response: { 200: Organisation, ...errors },
        },
      },
      (request) => service.update(actorContext(request), request.params.id, request.body),
    );
  };
}
