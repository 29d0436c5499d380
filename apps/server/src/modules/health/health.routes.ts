import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicAccess } from '../../http/policy';

const healthPolicy = { ...publicAccess, name: 'health' };

/**
 * How long /readyz waits for the database. A pool whose connections are all stuck queues the
 * ping forever; a load balancer must hear "not ready" instead of waiting for its own timeout.
 */
export const READY_TIMEOUT_MS = 2000;

/** The ping, or a rejection once READY_TIMEOUT_MS have passed. */
async function pingWithin(ping: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no database answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([ping(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
const Status = z.object({ status: z.enum(['ok', 'unavailable']) });

/**
 * Liveness (`/healthz`: the process answers, whatever the database does: restarting the process
 * would not help) and readiness (`/readyz`: the request pool serves a `select 1` within
 * READY_TIMEOUT_MS, so an instance whose pool is exhausted or whose database is away gets no traffic).
 */
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
          await pingWithin(ping, READY_TIMEOUT_MS);
          return { status: 'ok' as const };
        } catch (error) {
          request.log.warn({ err: error }, 'database not ready');
          return reply.status(503).send({ status: 'unavailable' as const });
        }
      },
    );
  };
}
