import { sql } from 'drizzle-orm';
import { referenceRegion } from '../test/factories';
import { rowsOf } from '../test/import-factories';
import type { Db } from './client';

/**
 * The database's own clock (as text, full precision), to compare `last_analyze` with: the
 * Node clock could differ, and a cloned template database may carry older statistics.
 */
export async function databaseClock(db: Db): Promise<string> {
  const [row] = await rowsOf<{ now: string }>(db, sql`SELECT clock_timestamp()::text AS now`);
  if (!row) throw new Error('no clock');
  return row.now;
}

/** Per table: whether it was analyzed (by hand, not autovacuum) after `since`. */
export async function analyzedSince(db: Db, since: string, tables: string[]): Promise<Record<string, boolean>> {
  const rows = await rowsOf<{ table: string; fresh: boolean }>(
    db,
    sql`SELECT relname AS "table", coalesce(last_analyze > ${since}::timestamptz, false) AS fresh
          FROM pg_catalog.pg_stat_user_tables
         WHERE schemaname = 'public' AND relname IN ${tables}`,
  );
  const fresh = new Map(rows.map((row) => [row.table, row.fresh]));
  return Object.fromEntries(tables.map((table) => [table, fresh.get(table) ?? false]));
}

/**
 * Insert `n` bare persons into the reference region and wait until the statistics count the
 * changes, with autovacuum off for the table (PostgreSQL's could otherwise analyze it first).
 */
export async function insertPersons(db: Db, n: number): Promise<void> {
  const region = await referenceRegion(db);
  await db.execute(sql`ALTER TABLE persons SET (autovacuum_enabled = false)`);
  // One connection for both, so the flush that is forced applies to the session that wrote.
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`INSERT INTO persons (region_id, source_ref) SELECT ${region.id}, 'STAT-' || g FROM generate_series(1, ${n}) g`,
    );
    await tx.execute(sql`SELECT pg_catalog.pg_stat_force_next_flush()`);
  });
  // The counts arrive when the writing session flushes; wait for them rather than assume.
  const deadline = Date.now() + 15_000;
  for (;;) {
    await db.execute(sql`SELECT pg_catalog.pg_stat_force_next_flush()`);
    const [row] = await rowsOf<{ changes: string }>(
      db,
      sql`SELECT n_mod_since_analyze AS changes FROM pg_catalog.pg_stat_user_tables
           WHERE schemaname = 'public' AND relname = 'persons'`,
    );
    if (Number(row?.changes ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error(`persons shows ${row?.changes} changes, expected ≥ ${n}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
