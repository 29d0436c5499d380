import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { reportInput } from '../test/report-factories';
import { useTestApp } from '../test/test-app';
import { testDatabaseKind } from '../test/test-database';
import { rowsOf } from './rows';

/**
 * What a failover or a restart of PostgreSQL does to a running instance: every backend of the
 * application ends at once. The pools must reconnect by themselves (DEPLOYMENT.md).
 */
describe.runIf(testDatabaseKind() === 'postgres')('pool recovery after the database ended its sessions', () => {
  const ctx = useTestApp();
  const admin = postgres(process.env.TEST_DATABASE_URL ?? '', { max: 1, onnotice: () => undefined });
  afterAll(async () => admin.end());

  it('serves the next requests and /readyz again once all its backends were terminated', async () => {
    const { app, db, database } = ctx();
    // Open connections in both pools first, so there is something to terminate.
    const warm = await Promise.all(
      Array.from({ length: 5 }, () => app.inject('/api/v1/public/municipalities')).concat(app.inject('/readyz')),
    );
    expect(warm.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    await rowsOf(database.handle.longDb, sql`select 1`);
    const [{ name }] = (await rowsOf<{ name: string }>(db, sql`select current_database() as name`)) as [
      { name: string },
    ];
    // Two steps: in one statement the planner may call pg_terminate_backend before the filters.
    const pids = (
      await admin<
        { pid: number }[]
      >`select pid from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`
    ).map((row) => row.pid);
    const terminated = await admin<{ done: boolean }[]>`
      select pg_terminate_backend(pid) as done from unnest(${pids}::int[]) as pid`;
    expect(terminated.length).toBeGreaterThanOrEqual(2);
    // The backends end asynchronously; a request caught in that moment gets 503 DATABASE_UNAVAILABLE.
    for (let tries = 0; tries < 100; tries += 1) {
      const left = await admin`select 1 from pg_stat_activity where pid = any(${pids}::int[])`;
      if (left.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The pools learn of the ended sessions when their sockets close, which on a busy machine
    // can take longer than the backends take to go; until then a request may get that 503.
    // Recovery is what counts: it must come by itself, within seconds, without a restart.
    for (let tries = 0; tries < 100; tries += 1) {
      if ((await app.inject('/api/v1/public/municipalities')).statusCode === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const next = await Promise.all(Array.from({ length: 5 }, () => app.inject('/api/v1/public/municipalities')));
    expect(next.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    const report = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: reportInput(),
      headers: { 'x-report-source': 'web-form' },
    });
    expect(report.statusCode, report.body).toBe(201);
    await expect(rowsOf(database.handle.longDb, sql`select 1 as one`)).resolves.toEqual([{ one: 1 }]);
  });
});
