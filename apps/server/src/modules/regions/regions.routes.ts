import { ErrorResponse, RegionResponse } from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { regionsPolicy } from './regions.policy';
import type { RegionsService } from './regions.service';

/** HTTP routes for the region. */
export function regionsRoutes(service: RegionsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/region',
      {
        config: { policy: regionsPolicy.read },
        schema: {
          tags: ['region'],
          summary: 'The signed-in user’s region and its municipalities',
          response: { 200: RegionResponse, 401: ErrorResponse },
        },
      },
      (request) => service.current(actorContext(request)),
    );
  };
}
