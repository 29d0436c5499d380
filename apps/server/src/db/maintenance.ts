import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { rowsOf } from './rows';

/*
 * Planner statistics. PGlite has no autovacuum, and on a server autovacuum lags a bulk load,
 * so tables filled in one go (the demo, an import) would be planned as if they were empty —
 * which turned the monitor's series statement into a plan of tens of seconds. Whatever loads
 * data in bulk therefore analyzes what it wrote, and a periodic job catches the rest.
 *
 * ANALYZE needs the table owner on PostgreSQL (any other role gets a warning and the table is
 * skipped). Maintenance therefore runs on the same connection as `migrate()`: today the
 * application's role creates, and so owns, every table. When migrations move to a separate
 * owner role, these statements must move to that role with them.
 */

/** The schema the application's tables live in (pg-boss keeps its own, `pgboss`). */
const SCHEMA = 'public';

/**
 * ANALYZE the given tables of the public schema in one statement (identifiers quoted). Call it
 * on the database itself after the writing transaction committed, not inside it: statistics
 * gathered inside the transaction would see the data, but a rollback would leave them behind.
 */
export async function analyzeTables(db: Db, tables: readonly string[]): Promise<void> {
  const unique = [...new Set(tables)];
  if (unique.length === 0) return;
  const names = sql.join(
    unique.map((table) => sql`${sql.identifier(SCHEMA)}.${sql.identifier(table)}`),
    sql.raw(', '),
  );
  await db.execute(sql`ANALYZE ${names}`);
}

/** The names of the application's tables (the public schema), sorted. */
export async function publicTables(db: Db): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = ${SCHEMA} ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

/** When a table counts as stale: more than `minChanges + fraction × rows` changes since its last analyze. */
export interface StaleThresholds {
  minChanges: number;
  fraction: number;
}

/** Autovacuum's defaults (autovacuum_analyze_threshold 50, autovacuum_analyze_scale_factor 0.1). */
export const DEFAULT_STALE_THRESHOLDS: StaleThresholds = { minChanges: 50, fraction: 0.1 };

/** A table the stale-statistics check analyzed, and why. */
export interface AnalyzedTable {
  table: string;
  /** `changes`: over the thresholds since the last analyze; `never-analyzed`: holds data that was never analyzed. */
  reason: 'changes' | 'never-analyzed';
  changesSinceAnalyze: number;
  liveRows: number;
}

/**
 * ANALYZE every public table with more changes since its last analyze than the thresholds
 * allow (as autovacuum would, which PGlite lacks), or with data that was never analyzed, and
 * return those tables.
 */
export async function analyzeStaleTables(
  db: Db,
  thresholds: StaleThresholds = DEFAULT_STALE_THRESHOLDS,
): Promise<AnalyzedTable[]> {
  // Change counts reach the shared statistics only now and then; flush this session's own
  // first (on PGlite that is every change there is), so the check sees the latest writes.
  await db.execute(sql`SELECT pg_catalog.pg_stat_force_next_flush()`);
  // PGlite forgets the change counts when it closes; pg_class keeps `reltuples = -1` until a
  // table's first analyze, so data loaded before a restart (or by an older version) is found too.
  const stale = await rowsOf<{ table: string; changes: string | number; rows: string | number; never: boolean }>(
    db,
    sql`SELECT s.relname AS "table", s.n_mod_since_analyze AS changes, s.n_live_tup AS rows,
               (c.reltuples < 0 AND pg_catalog.pg_relation_size(c.oid) > 0) AS never
          FROM pg_catalog.pg_stat_user_tables s
          JOIN pg_catalog.pg_class c ON c.oid = s.relid
         WHERE s.schemaname = ${SCHEMA}
           AND (s.n_mod_since_analyze > ${thresholds.minChanges}::float8 + ${thresholds.fraction}::float8 * s.n_live_tup
                OR (c.reltuples < 0 AND pg_catalog.pg_relation_size(c.oid) > 0))
         ORDER BY s.relname`,
  );
  const analyzed = stale.map((row): AnalyzedTable => ({
    table: row.table,
    reason: row.never ? 'never-analyzed' : 'changes',
    changesSinceAnalyze: Number(row.changes),
    liveRows: Number(row.rows),
  }));
  await analyzeTables(
    db,
    analyzed.map((entry) => entry.table),
  );
  return analyzed;
}
