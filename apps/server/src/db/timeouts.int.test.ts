import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { publicAccess } from '../http/policy';
import { useTestApp } from '../test/test-app';
import { testDatabaseKind } from '../test/test-database';
import { DEFAULT_TIMEOUTS } from './client';
import { rowsOf } from './rows';

const onPostgres = testDatabaseKind() === 'postgres';

describe('database time limits and readiness', () => {
  const ctx = useTestApp({}, async (app) => {
    // A request whose statement outlives its (here shortened) statement timeout.
    app.get('/probe/slow', { config: { policy: publicAccess } }, async () => {
      await ctx().db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('statement_timeout', '100', true)`);
        await tx.execute(sql`select pg_sleep(2)`);
      });
      return { ok: true };
    });
  });

  it.runIf(onPostgres)('gives request sessions the short limits and the long pool the long one', async () => {
    const { db, database } = ctx();
    const [short] = await rowsOf<{ statement: string; idle: string }>(
      db,
      sql`select current_setting('statement_timeout') as statement,
                 current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(short).toEqual({ statement: `${DEFAULT_TIMEOUTS.statementMs / 1000}s`, idle: '1min' });
    const [long] = await rowsOf<{ statement: string }>(
      database.handle.longDb,
      sql`select current_setting('statement_timeout') as statement`,
    );
    expect(long).toEqual({ statement: `${DEFAULT_TIMEOUTS.longStatementMs / 60_000}min` });
  });

  it.runIf(onPostgres)('answers a statement cancelled by its timeout with 503 DATABASE_TIMEOUT, in Dutch', async () => {
    const response = await ctx().app.inject('/probe/slow');
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toMatchObject({
      code: 'DATABASE_TIMEOUT',
      message: expect.stringMatching(/te lang/),
    });
  });

  it('fails /readyz (503, within seconds) while the pool cannot serve, keeps /healthz ok, and recovers', async () => {
    const { app, db } = ctx();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Hold every connection of the request pool (5 in tests; PGlite has one) in an open transaction.
    const holders = Array.from({ length: onPostgres ? 5 : 1 }, () =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await gate;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(performance.now() - started).toBeLessThan(4000);
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    release();
    await Promise.all(holders);
    expect((await app.inject('/readyz')).statusCode).toBe(200);
  });
});
