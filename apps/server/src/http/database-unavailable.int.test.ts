import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { publicAccess } from './policy';
import { testDatabaseKind } from '../test/test-database';
import { useTestApp } from '../test/test-app';

describe('database failover: requests in flight answer 503 and the pool recovers', () => {
  const ctx = useTestApp({}, async (app) => {
    // What a request sees when its backend is terminated (failover, restart) or the server shuts down.
    app.get('/probe/shutdown', { config: { policy: publicAccess } }, async () => {
      await ctx().db.execute(sql`do $$ begin raise exception 'terminating connection' using errcode = '57P01'; end $$`);
      return { ok: true };
    });
    app.get('/probe/terminate-own-backend', { config: { policy: publicAccess } }, async () => {
      await ctx().db.execute(sql`select pg_terminate_backend(pg_backend_pid())`);
      return { ok: true };
    });
  });

  it('answers a connection-class database error with 503 NOT_READY and Retry-After, not 500', async () => {
    const response = await ctx().app.inject('/probe/shutdown');
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toMatchObject({
      code: 'NOT_READY',
      message: expect.stringMatching(/niet beschikbaar/),
    });
    expect(response.headers['retry-after']).toBe('5');
  });

  it.skipIf(testDatabaseKind() === 'pglite')(
    'answers 503 when its backend is terminated, then serves again',
    async () => {
      const { app } = ctx();
      const killed = await app.inject('/probe/terminate-own-backend');
      expect(killed.statusCode).toBe(503);
      expect((await app.inject('/readyz')).statusCode).toBe(200);
    },
  );
});
