import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './client';
import { grantApplicationRole } from './roles';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** A lock id shared by every process that migrates, so two starts never migrate at once. */
const MIGRATION_LOCK_ID = 7_356_001;

interface Migration {
  version: string;
  script: string;
  checksum: string;
}

/** The SQL migrations shipped with this build, in order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const script = readFileSync(`${dir}/${name}`, 'utf8');
      return {
        version: name.replace(/\.sql$/, ''),
        script,
        checksum: createHash('sha256').update(script).digest('hex'),
      };
    });
}

/**
 * Apply the migrations that have not run yet, each in its own transaction, and refuse to
 * start when an applied migration was edited afterwards, then grant the application role its
 * rights (roles.ts). Run it with the owner role (`DATABASE_OWNER_URL`). Returns the versions applied.
 */
export async function migrate(database: DatabaseHandle): Promise<string[]> {
  const applied: string[] = [];
  await database.rawTransaction(async (raw) => {
    await raw.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY,
         checksum text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
  });
  for (const migration of loadMigrations()) {
    await database.rawTransaction(async (raw) => {
      await raw.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const [existing] = await raw.query<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE version = $1',
        [migration.version],
      );
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.version} was changed after it was applied; add a new migration instead.`,
          );
        }
        return;
      }
      await raw.exec(migration.script);
      await raw.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [
        migration.version,
        migration.checksum,
      ]);
      applied.push(migration.version);
    });
  }
  // The limited application role (PostgreSQL; PGlite has one role): grants follow the tables.
  if (database.kind === 'postgres') {
    await database.rawTransaction(async (raw) => {
      await raw.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      await grantApplicationRole(raw);
    });
  }
  return applied;
}
