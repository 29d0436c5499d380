import type { FastifyRequest } from 'fastify';

/**
 * Route rate limit for expensive signed-in reads (monitor, indicators): counted per user,
 * not per address, so colleagues behind one office NAT do not share a budget; the counters
 * live in the shared store (modules/rate-limit), so all instances count together.
 */
export function perUserRateLimit(maxPerMinute: number) {
  return {
    max: maxPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => (request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`),
  };
}
