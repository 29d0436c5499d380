import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';

/** A counter after one hit: hits in the current window and milliseconds until it ends. */
export interface CounterState {
  count: number;
  ttlMs: number;
}

/**
 * Rate-limit counters in the database, so every instance counts against the same limit.
 * One row per key; a hit is one statement (an upsert that starts a new window when the old
 * one has ended), so the counting is atomic across instances without a transaction.
 */
export class RateLimitCounters {
  constructor(private readonly db: Db) {}

  /** Count `hits` (default one) for `key` in a window of `windowMs`; returns the count so far and the time left. */
  async hit(key: string, windowMs: number, hits = 1): Promise<CounterState> {
    const [row] = await rowsOf<{ count: number; ttl_ms: number }>(
      this.db,
      sql`insert into rate_limit_counters as c (key, count, expires_at)
          values (${key}, ${hits}::int, now() + ${windowMs}::bigint * interval '1 millisecond')
          on conflict (key) do update set
            count = case when c.expires_at <= now() then excluded.count else c.count + excluded.count end,
            expires_at = case when c.expires_at <= now() then excluded.expires_at else c.expires_at end
          returning c.count,
            greatest(0, ceil(extract(epoch from (c.expires_at - now())) * 1000))::int as ttl_ms`,
    );
    if (!row) throw new Error('rate-limit upsert returned no row');
    return { count: Number(row.count), ttlMs: Number(row.ttl_ms) };
  }

  /** The current state of `key` without counting a hit (zero when absent or expired). */
  async peek(key: string): Promise<CounterState> {
    const [row] = await rowsOf<{ count: number; ttl_ms: number }>(
      this.db,
      sql`select count, greatest(0, ceil(extract(epoch from (expires_at - now())) * 1000))::int as ttl_ms
          from rate_limit_counters where key = ${key} and expires_at > now()`,
    );
    return row ? { count: Number(row.count), ttlMs: Number(row.ttl_ms) } : { count: 0, ttlMs: 0 };
  }

  /** Forget a key (a successful sign-in clears its failure window). */
  async reset(key: string): Promise<void> {
    await this.db.execute(sql`delete from rate_limit_counters where key = ${key}`);
  }

  /** Remove counters whose window has ended; returns how many. */
  async purgeExpired(): Promise<number> {
    const rows = await rowsOf<{ key: string }>(
      this.db,
      sql`delete from rate_limit_counters where expires_at <= now() returning key`,
    );
    return rows.length;
  }
}
