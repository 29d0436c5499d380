import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicAccess } from '../../http/policy';

const healthPolicy = { ...publicAccess, name: 'health' };
const Status = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers too). */
export function healthRoutes(ping: () => Promise<void>, isShuttingDown: () => boolean): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      { config: { policy: healthPolicy }, logLevel: 'warn', schema: { tags: ['health'], response: { 200: Status } } },
      () => ({ status: 'ok' as const }),
    );
    app.get(
      '/readyz',
      {
        config: { policy: healthPolicy },
        logLevel: 'warn',
        schema: { tags: ['health'], response: { 200: Status, 503: Status } },
      },
      async (request, reply) => {
        if (isShuttingDown()) return reply.status(503).send({ status: 'unavailable' as const });
        try {
          await ping();
          return { status: 'ok' as const };
        } catch (error) {
          request.log.warn({ err: error }, 'database not ready');
          return reply.status(503).send({ status: 'unavailable' as const });
        }
      },
    );
  };
}
