import type { BatchedCounters } from './batched-counters';
import type { RateLimitCounters } from './rate-limit.repository';

type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** The route details @fastify/rate-limit hands to `child()` (method and URL of the route). */
interface ChildOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL (rate_limit_counters), so all
 * instances behind a load balancer share one limit. Each route gets its own key space, like
 * the plugin's in-memory store does (one LRU per route). Hits go through `batched` (counted
 * in the database at once near a limit, a moment later far below it); reads go straight to
 * the database.
 */
export function pgRateLimitStore(batched: BatchedCounters, counters: RateLimitCounters) {
  return class PgRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = 'route:',
    ) {}

    /** Count a hit and report the count and the window's remaining milliseconds. */
    incr(key: string, callback: StoreCallback, timeWindow: number, max: number): void {
      batched.hit(this.prefix + key, timeWindow, max).then(
        (state) => callback(null, { current: state.count, ttl: state.ttlMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /** The state without counting (the plugin's `increment: false`). */
    read(key: string, callback: StoreCallback): void {
      counters.peek(this.prefix + key).then(
        (state) => callback(null, { current: state.count, ttl: state.ttlMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /** A store for one route: its keys start with the route's method and URL. */
    child(routeOptions: object): PgRateLimitStore {
      const options = routeOptions as ChildOptions;
      const method = [options.routeInfo?.method ?? ''].flat().join(',');
      return new PgRateLimitStore(undefined, `route:${method} ${options.routeInfo?.url ?? ''}|`);
    }
  };
}
