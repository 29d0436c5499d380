import {
  CreateUserRequest,
  ErrorResponse,
  IdParams,
  OkResponse,
  SetPasswordRequest,
  UpdateUserRequest,
  User,
  UserList,
  UserListQuery,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { usersPolicy } from './users.policy';
import type { UsersService } from './users.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const config = { policy: usersPolicy.manage };

/** HTTP routes for managing user accounts. */
export function usersRoutes(service: UsersService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users',
      {
        config,
        schema: {
          tags: ['users'],
          summary: 'List users',
          querystring: UserListQuery,
          response: { 200: UserList, ...errors },
        },
      },
      (request) => service.list(actorContext(request), request.query),
    );

    app.post(
      '/users',
      {
        config,
        schema: {
          tags: ['users'],
          summary: 'Create a user',
          body: CreateUserRequest,
          response: { 201: User, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await service.create(actorContext(request), request.body)),
    );

    app.get(
      '/users/:id',
      {
        config,
        schema: { tags: ['users'], summary: 'One user', params: IdParams, response: { 200: User, ...errors } },
      },
      (request) => service.get(actorContext(request), request.params.id),
    );

    app.patch(
      '/users/:id',
      {
        config,
        schema: {
          tags: ['users'],
          summary: 'Change a user (name, organisation, roles, active)',
          params: IdParams,
          body: UpdateUserRequest,
          response: { 200: User, ...errors },
        },
      },
      (request) => service.update(actorContext(request), request.params.id, request.body),
    );

    app.post(
      '/users/:id/password',
      {
        config,
        schema: {
          tags: ['users'],
          summary: 'Set a new password; the user’s sessions end',
          params: IdParams,
          body: SetPasswordRequest,
          response: { 200: OkResponse, ...errors },
        },
      },
      async (request) => {
        await service.setPassword(actorContext(request), request.params.id, request.body.password);
        return { ok: true as const };
      },
    );
  };
}
