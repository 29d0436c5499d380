import {
  AccessPerson,
  AccessPersonList,
  AccessPersonSearchQuery,
  ApplicationDetail,
  ApplicationPrefill,
  ApplicationQueue,
  ApplicationQueueQuery,
  CreateAccessPersonRequest,
  CreateApplicationRequest,
  DecideApplicationRequest,
  ErrorResponse,
  IdParams,
  PrefillQuery,
  RecordZrmRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { accessPolicy } from './access.policy';
import type { AccessService } from './access.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['access'];

/** HTTP routes for applications (aanmeldingen), ZRM, decisions and finding persons. */
export function applicationsRoutes(service: AccessService): FastifyPluginAsyncZod {
  const { applications, decisions, persons } = service;
  return async (app) => {
    app.get(
      '/applications',
      {
        config: { policy: accessPolicy.readApplications },
        schema: {
          tags,
          summary: 'Applications queue, submitted first (outreach and providers: their own submissions)',
          querystring: ApplicationQueueQuery,
          response: { 200: ApplicationQueue, ...errors },
        },
      },
      (request) => applications.queue(actorContext(request), request.query),
    );

    app.get(
      '/applications/prefill',
      {
        config: { policy: accessPolicy.prefill },
        schema: {
          tags,
          summary: 'What a case offers to start an application with (person, team, summary)',
          querystring: PrefillQuery,
          response: { 200: ApplicationPrefill, ...errors },
        },
      },
      (request) => applications.prefill(actorContext(request), request.query.caseId),
    );

    app.post(
      '/applications',
      {
        config: { policy: accessPolicy.createApplication },
        schema: {
          tags,
          summary: 'Start an application (from local access, a case, a provider or own request)',
          body: CreateApplicationRequest,
          response: { 201: ApplicationDetail, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await applications.create(actorContext(request), request.body)),
    );

    app.get(
      '/applications/:id',
      {
        config: { policy: accessPolicy.readApplications },
        schema: {
          tags,
          summary: 'One application; ZRM and decision only for access officers',
          params: IdParams,
          response: { 200: ApplicationDetail, ...errors },
        },
      },
      (request) => applications.detail(actorContext(request), request.params.id),
    );

    app.post(
      '/applications/:id/zrm',
      {
        config: { policy: accessPolicy.prepare },
        schema: {
          tags,
          summary: 'Record a self-sufficiency assessment (ZRM: 13 domains, scores 1–5)',
          params: IdParams,
          body: RecordZrmRequest,
          response: { 201: ApplicationDetail, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await decisions.recordZrm(actorContext(request), request.params.id, request.body)),
    );

    app.post(
      '/applications/:id/decision',
      {
        config: { policy: accessPolicy.decide },
        schema: {
          tags,
          summary: 'Grant or refuse the application (once); a granted BW/beschut/Housing First lists the person',
          params: IdParams,
          body: DecideApplicationRequest,
          response: { 201: ApplicationDetail, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await decisions.decide(actorContext(request), request.params.id, request.body)),
    );

    app.get(
      '/access/persons',
      {
        config: { policy: accessPolicy.persons },
        schema: {
          tags,
          summary: 'Find persons of the region by name, BSN or birth date',
          querystring: AccessPersonSearchQuery,
          response: { 200: AccessPersonList, ...errors },
        },
      },
      (request) => persons.search(actorContext(request), request.query),
    );

    app.post(
      '/access/persons',
      {
        config: { policy: accessPolicy.persons },
        schema: {
          tags,
          summary: 'Create a person (a BSN must pass the elfproef)',
          body: CreateAccessPersonRequest,
          response: { 201: AccessPerson, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await persons.create(actorContext(request), request.body)),
    );
  };
}
