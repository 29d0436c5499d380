import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzedSince, databaseClock } from '../db/maintenance-test-support';
import { PasswordHasher } from '../modules/auth/password';
import { rowsOf } from '../test/import-factories';
import { TEST_ACCESS_LOG_KEYS } from '../test/access-log-keys';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../test/test-database';
import { loadDemo } from './load-demo';

describe(`demo load on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => database.dispose());

  it('leaves every table it wrote analyzed, after the load started', async () => {
    const db = database.handle.db;
    const start = await databaseClock(db);
    expect(await loadDemo(db, new PasswordHasher(), TEST_ACCESS_LOG_KEYS)).toBe('loaded');

    const tables = await rowsOf<{ name: string }>(
      db,
      sql`SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const written: string[] = [];
    for (const { name } of tables) {
      const [row] = await rowsOf<{ filled: boolean }>(
        db,
        sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(name)}) AS filled`,
      );
      if (row?.filled) written.push(name);
    }
    // The demo fills at least the monitor's history and the accounts.
    expect(written).toEqual(
      expect.arrayContaining(['persons', 'stays', 'waitlist_entries', 'housing_records', 'users', 'access_log']),
    );
    expect(await analyzedSince(db, start, written)).toEqual(Object.fromEntries(written.map((name) => [name, true])));
  }, 120_000);
});
