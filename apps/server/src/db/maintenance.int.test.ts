import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser } from '../test/factories';
import { importFixture } from '../test/import-factories';
import { testDatabaseKind } from '../test/test-database';
import { useTestApp } from '../test/test-app';
import { analyzeStaleTables, analyzeTables, publicTables } from './maintenance';
import { analyzedSince, databaseClock, insertPersons } from './maintenance-test-support';

const IMPORTED = ['persons', 'stays', 'waitlist_entries', 'housing_records', 'access_log'];

describe(`table statistics on ${testDatabaseKind()}`, () => {
  const ctx = useTestApp();

  it('analyzes exactly the tables it is given, with names quoted', async () => {
    const db = ctx().db;
    await db.execute(sql.raw(`CREATE TABLE "odd ""name"" table" (id int)`));
    await db.execute(sql.raw(`INSERT INTO "odd ""name"" table" SELECT generate_series(1, 10)`));
    const start = await databaseClock(db);
    await analyzeTables(db, ['odd "name" table', 'persons', 'persons']);
    expect(await analyzedSince(db, start, ['odd "name" table', 'persons', 'stays'])).toEqual({
      'odd "name" table': true,
      persons: true,
      stays: false,
    });
    await db.execute(sql.raw(`DROP TABLE "odd ""name"" table"`));
    await expect(analyzeTables(db, ['no_such_table'])).rejects.toThrow();
  });

  it('analyzes the tables with many changes since their last analyze, and only those', async () => {
    const db = ctx().db;
    await analyzeTables(db, await publicTables(db));
    await insertPersons(db, 300);
    const start = await databaseClock(db);

    // 300 changes are below a threshold of 10,000: nothing to do.
    expect(await analyzeStaleTables(db, { minChanges: 10_000, fraction: 0 })).toEqual([]);
    expect(await analyzedSince(db, start, ['persons'])).toEqual({ persons: false });

    const analyzed = await analyzeStaleTables(db);
    expect(analyzed.map((entry) => entry.table)).toEqual(['persons']);
    expect(analyzed[0]!.changesSinceAnalyze).toBeGreaterThanOrEqual(300);
    expect(await analyzedSince(db, start, ['persons', 'regions', 'users'])).toEqual({
      persons: true,
      regions: false,
      users: false,
    });
    // Analyzed means no longer stale.
    expect(await analyzeStaleTables(db)).toEqual([]);
  });

  it('analyzes a table holding data that was never analyzed, however few its changes', async () => {
    const db = ctx().db;
    // Ten rows are far below the change thresholds; this is how data loaded before a PGlite
    // restart looks (the change counts are gone, the never-analyzed mark in pg_class is not).
    await db.execute(sql`CREATE TABLE never_analyzed (id int)`);
    await db.execute(sql`INSERT INTO never_analyzed SELECT generate_series(1, 10)`);
    const start = await databaseClock(db);
    expect(await analyzeStaleTables(db)).toContainEqual(
      expect.objectContaining({ table: 'never_analyzed', reason: 'never-analyzed' }),
    );
    expect(await analyzedSince(db, start, ['never_analyzed'])).toEqual({ never_analyzed: true });
    expect(await analyzeStaleTables(db)).not.toContainEqual(expect.objectContaining({ table: 'never_analyzed' }));
    await db.execute(sql`DROP TABLE never_analyzed`);
  });

  it('leaves the tables an import wrote analyzed after it commits, and not after a dry or refused run', async () => {
    const { db, signIn } = ctx();
    const admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    const start = await databaseClock(db);
    const notAnalyzed = Object.fromEntries(IMPORTED.map((table) => [table, false]));

    const dry = await admin.post('/api/v1/imports?dryRun=true', { files: importFixture('valid') });
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true });
    const refused = await admin.post('/api/v1/imports', { files: importFixture('invalid') });
    expect(refused.json()).toMatchObject({ ok: false });
    expect(await analyzedSince(db, start, IMPORTED)).toEqual(notAnalyzed);

    const run = await admin.post('/api/v1/imports', { files: importFixture('valid') });
    expect(run.json()).toMatchObject({ ok: true, dryRun: false });
    const analyzed = Object.fromEntries(IMPORTED.map((table) => [table, true]));
    expect(await analyzedSince(db, start, IMPORTED)).toEqual(analyzed);
  });
});
