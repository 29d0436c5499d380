import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { rowsOf } from '../../db/rows';
import { BatchedCounters } from './batched-counters';
import { createUser } from '../../test/factories';
import { reportInput } from '../../test/report-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';

const report = () => ({
  method: 'POST' as const,
  url: '/api/v1/reports',
  payload: reportInput() as object,
  headers: { 'x-report-source': 'web-form' },
});

describe('rate limits in the shared store', () => {
  const ctx = useTestApp({ REPORT_RATE_LIMIT_PER_MINUTE: '3', MONITOR_RATE_LIMIT_PER_MINUTE: '2' });

  it('counts in the database: a second app on the same database sees the first one’s hits', async () => {
    const { app, config, services } = ctx();
    // A second application over the same database, like a second instance (its own in-process state).
    const second = await buildApp({ config, services, logger: false });
    await second.app.ready();
    try {
      const client = { remoteAddress: '198.51.100.7' };
      const statuses = [
        (await app.inject({ ...report(), ...client })).statusCode,
        (await second.app.inject({ ...report(), ...client })).statusCode,
        (await app.inject({ ...report(), ...client })).statusCode,
      ];
      expect(statuses).toEqual([201, 201, 201]);
      const refused = await second.app.inject({ ...report(), ...client });
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/Te veel/) });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      // Another client is not affected.
      expect((await second.app.inject({ ...report(), remoteAddress: '198.51.100.8' })).statusCode).toBe(201);
      const rows = await rowsOf<{ key: string; count: number }>(
        ctx().db,
        sql`select key, count from rate_limit_counters where key like ${'%198.51.100.7'}`,
      );
      expect(rows).toEqual([{ key: 'route:POST /api/v1/reports|198.51.100.7', count: 4 }]);
    } finally {
      await second.app.close();
    }
  });

  it('starts a fresh window once the old one has ended, and the purge removes ended windows', async () => {
    const { app, db, services } = ctx();
    const client = { remoteAddress: '198.51.100.9' };
    for (let i = 0; i < 3; i += 1) expect((await app.inject({ ...report(), ...client })).statusCode).toBe(201);
    expect((await app.inject({ ...report(), ...client })).statusCode).toBe(429);
    await db.execute(sql`update rate_limit_counters set expires_at = now() - interval '1 second'`);
    expect((await app.inject({ ...report(), ...client })).statusCode).toBe(201);
    await db.execute(sql`update rate_limit_counters set expires_at = now() - interval '1 second'`);
    expect(await services.rateLimitCounters.purgeExpired()).toBeGreaterThan(0);
    expect(await rowsOf(db, sql`select key from rate_limit_counters`)).toEqual([]);
  });

  it('counts one hit atomically under concurrency', async () => {
    const { services } = ctx();
    const states = await Promise.all(
      Array.from({ length: 20 }, () => services.rateLimitCounters.hit('test:concurrent', 60_000)),
    );
    expect(states.map((s) => s.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(states.every((s) => s.ttlMs > 0 && s.ttlMs <= 60_000)).toBe(true);
  });

  it('counts a busy key far below its limit in memory and sends the hits in one write; near the limit at once', async () => {
    const { db, services } = ctx();
    const batched = new BatchedCounters(services.rateLimitCounters, 60_000);
    const countOf = async (key: string) =>
      (await rowsOf<{ count: number }>(db, sql`select count from rate_limit_counters where key = ${key}`))[0]?.count;
    const states = [];
    for (let i = 0; i < 100; i += 1) states.push(await batched.hit('test:busy', 60_000, 1000));
    expect(states.map((s) => s.count)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await countOf('test:busy')).toBe(1); // only the first hit went to the database so far
    await batched.flush();
    expect(await countOf('test:busy')).toBe(100);
    // Another instance's hits are seen after the next sync; past a quarter of the limit every hit goes to the database.
    await services.rateLimitCounters.hit('test:busy', 60_000, 150);
    expect((await batched.hit('test:busy', 60_000, 1000)).count).toBe(101);
    await batched.flush();
    expect(await countOf('test:busy')).toBe(251);
    expect((await batched.hit('test:busy', 60_000, 1000)).count).toBe(252);
    expect(await countOf('test:busy')).toBe(252);
    // A small limit is always counted in the database, so instances agree exactly.
    for (let i = 1; i <= 5; i += 1) {
      expect((await batched.hit('test:small', 60_000, 4)).count).toBe(i);
      expect(await countOf('test:small')).toBe(i);
    }
  });

  describe('monitor and indicators', () => {
    let analyst: SignedInClient;
    let colleague: SignedInClient;

    beforeAll(async () => {
      const { db, signIn } = ctx();
      analyst = await signIn((await createUser(db, { role: 'policy_analyst' })).email);
      colleague = await signIn((await createUser(db, { role: 'policy_analyst' })).email);
    });

    it('limits the expensive monitor reads per user with a Dutch 429', async () => {
      const url = '/api/v1/monitor/dashboard?date=2025-01-01&year=2024';
      expect((await analyst.get(url)).statusCode).toBe(200);
      expect((await analyst.get(url)).statusCode).toBe(200);
      const refused = await analyst.get(url);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe('RATE_LIMITED');
      expect(refused.headers['retry-after']).toBeDefined();
      // Same address, another user: a budget of its own.
      expect((await colleague.get(url)).statusCode).toBe(200);
    });

    it('limits the exports and the indicator grid too', async () => {
      const csv = '/api/v1/monitor/export.csv?date=2025-01-01&year=2024';
      const grid = '/api/v1/indicators?date=2025-01-01&year=2024';
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await colleague.get(csv)).statusCode);
      for (let i = 0; i < 3; i += 1) statuses.push((await colleague.get(grid)).statusCode);
      expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    });
  });
});
