/**
 * Several instances on one PostgreSQL database (issue 10): two applications, each with its own
 * pool, services and in-process caches, share rate limits, see each other's settings changes
 * at once (LISTEN/NOTIFY), never both take the last free place, and run a job once.
 *
 * On PGlite this file is skipped: an embedded database belongs to one process, so there is
 * only ever one instance (its data folder cannot be opened by a second server). The pool's
 * recovery after its backends are terminated is proven in db/pool-recovery.int.test.ts.
 */
import { addDays, dutchDateOf, triageDueOn, type DeadlineRules } from '@springplank/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { loadConfig, type AppConfig } from './config';
import { createServices, type Services } from './composition-root';
import { openDatabase, type DatabaseHandle } from './db/client';
import { rowsOf } from './db/rows';
import { reports } from './db/schema';
import { JOBS, startJobs, type RunningJobs } from './jobs/job-runner';
import { TEST_ACCESS_LOG_KEY_LIST } from './test/access-log-keys';
import { createOrganisation, createUser, TEST_PASSWORD } from './test/factories';
import { createProviderWithPlaces, createWaitingPerson } from './test/placement-factories';
import { reportInput } from './test/report-factories';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './test/test-database';

interface Instance {
  name: string;
  database: DatabaseHandle;
  services: Services;
  app: FastifyInstance;
}

const report = (remoteAddress = '192.0.2.1') => ({
  method: 'POST' as const,
  url: '/api/v1/reports',
  payload: reportInput() as object,
  headers: { 'x-report-source': 'web-form' },
  remoteAddress,
});

/** Sign in on one instance; the returned request function can be pointed at any instance. */
async function signIn(instance: Instance, email: string) {
  const response = await instance.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = `springplank_session=${response.cookies.find((c) => c.name === 'springplank_session')!.value}`;
  const headers = { cookie, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken };
  return (on: Instance, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    on.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

describe.skipIf(testDatabaseKind() === 'pglite')('two instances on one PostgreSQL database', () => {
  let shared: TestDatabase;
  let config: AppConfig;
  let checkpointDir: string;
  let a: Instance;
  let b: Instance;

  async function instance(name: string, database: DatabaseHandle): Promise<Instance> {
    const services = createServices(database, config);
    const built = await buildApp({ config, services, logger: false });
    await built.app.ready();
    return { name, database, services, app: built.app };
  }

  beforeAll(async () => {
    shared = await createTestDatabase();
    // Like test-app: a fixed chain key and a checkpoint folder of this file's own, shared by both instances.
    checkpointDir = mkdtempSync(join(tmpdir(), 'springplank-checkpoints-'));
    config = loadConfig({
      LOG_LEVEL: 'silent',
      SPRINGPLANK_DEMO: 'false',
      WEB_DIST_DIR: '/nonexistent',
      ACCESS_LOG_KEYS: TEST_ACCESS_LOG_KEY_LIST,
      ACCESS_LOG_CHECKPOINT_DIR: checkpointDir,
      REPORT_RATE_LIMIT_PER_MINUTE: '4',
    });
    a = await instance('a', shared.handle);
    b = await instance('b', await openDatabase({ kind: 'postgres', url: shared.url!, maxConnections: 5 }));
  }, 60_000);

  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await b?.database.close();
    await shared?.dispose();
    if (checkpointDir) rmSync(checkpointDir, { recursive: true, force: true });
  });

  it('shares a rate limit: four reports split over both instances use it up on either', async () => {
    const client = '192.0.2.10';
    const statuses = [
      (await a.app.inject(report(client))).statusCode,
      (await b.app.inject(report(client))).statusCode,
      (await a.app.inject(report(client))).statusCode,
      (await b.app.inject(report(client))).statusCode,
    ];
    expect(statuses).toEqual([201, 201, 201, 201]);
    const onA = await a.app.inject(report(client));
    const onB = await b.app.inject(report(client));
    expect([onA.statusCode, onB.statusCode]).toEqual([429, 429]);
    expect(onB.json().error.code).toBe('RATE_LIMITED');
    expect(onB.headers['retry-after']).toBeDefined();
  });

  it('shares sign-in throttling and sessions: no sticky sessions needed', async () => {
    const user = await createUser(a.database.db, { role: 'policy_analyst' });
    const wrong = (on: Instance) =>
      on.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'wrong' },
        remoteAddress: '192.0.2.20',
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) statuses.push((await wrong(attempt % 2 ? b : a)).statusCode);
    for (let attempt = 0; attempt < 6; attempt += 1) statuses.push((await wrong(attempt % 2 ? b : a)).statusCode);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const request = await signIn(a, user.email);
    expect((await request(b, 'GET', '/api/v1/auth/session')).statusCode).toBe(200);
  });

  it('sees a routing-rule change made through the other instance at once', async () => {
    const db = a.database.db;
    const admin = await signIn(a, (await createUser(db, { role: 'administrator' })).email);
    const operator = await signIn(b, (await createUser(db, { role: 'meldpunt_operator' })).email);
    const team = await createOrganisation(db, { kind: 'outreach_team', name: 'Bemoeizorgteam Twee Instanties' });
    const replaced = await admin(a, 'PUT', '/api/v1/routing-rules', {
      rules: [{ municipalityCode: 'GM0150', teamId: team.id }],
    });
    expect(replaced.statusCode).toBe(200);
    const receipt = (await b.app.inject(report('192.0.2.30'))).json<{ reference: string }>();
    const [row] = await db.select({ id: reports.id }).from(reports).where(eq(reports.reference, receipt.reference));
    const detail = await operator(b, 'GET', `/api/v1/triage/reports/${row!.id}`);
    expect(detail.json().suggestedTeam).toMatchObject({ name: 'Bemoeizorgteam Twee Instanties' });
  });

  it('drops the other instance’s cached deadline rules via NOTIFY when they change', async () => {
    const db = a.database.db;
    const admin = await signIn(a, (await createUser(db, { role: 'administrator' })).email);
    // Instance B reads and caches the region's deadline rules with its first report.
    expect((await b.app.inject(report('192.0.2.40'))).statusCode).toBe(201);
    const current = (await admin(a, 'GET', '/api/v1/deadline-rules')).json<{ rules: DeadlineRules }>().rules;
    const changed = Object.fromEntries(
      Object.entries(current).map(([urgency, rule]) => [
        urgency,
        {
          ...rule,
          triageWorkingDays: rule.triageWorkingDays + 7,
          firstContactWorkingDays: rule.firstContactWorkingDays + 7,
        },
      ]),
    ) as DeadlineRules;
    const heard = new Promise<string | null>((resolve) => {
      const stop = b.services.settingsChanges.subscribe((change) => {
        if (change?.startsWith('deadline-rules:')) {
          stop();
          resolve(change);
        }
      });
    });
    expect((await admin(a, 'PUT', '/api/v1/deadline-rules', { rules: changed })).statusCode).toBe(200);
    // The notice reaches B within moments (its cache would otherwise keep the old rules a minute).
    expect(await heard).toMatch(/^deadline-rules:/);
    const receipt = (await b.app.inject(report('192.0.2.41'))).json<{ reference: string; receivedAt: string }>();
    const [row] = await db
      .select({ urgency: reports.urgency, triageDueOn: reports.triageDueOn })
      .from(reports)
      .where(eq(reports.reference, receipt.reference));
    const expected = triageDueOn(dutchDateOf(new Date(receipt.receivedAt)), row!.urgency, changed);
    expect(row!.triageDueOn).toBe(expected);
  });

  it('lets exactly one of two offers for the last place on different instances succeed', async () => {
    const db = a.database.db;
    const officerA = await signIn(a, (await createUser(db, { role: 'access_officer' })).email);
    const officerB = await signIn(b, (await createUser(db, { role: 'access_officer' })).email);
    const { location } = await createProviderWithPlaces(db, { places: 1 });
    const first = await createWaitingPerson(db);
    const second = await createWaitingPerson(db);
    const body = (entryId: string) => ({
      waitlistEntryId: entryId,
      locationId: location.id,
      proposedStartOn: addDays(dutchDateOf(new Date()), 7),
    });
    const responses = await Promise.all([
      officerA(a, 'POST', '/api/v1/offers', body(first.entry.id)),
      officerB(b, 'POST', '/api/v1/offers', body(second.entry.id)),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe('NO_FREE_PLACE');
  });

  it('keeps one schedule and runs a retention occurrence sent by both instances once', async () => {
    const runs: string[] = [];
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const start = (on: Instance) =>
      startJobs(
        {
          database: on.database,
          retention: {
            runRetention: async (at: Date) => {
              runs.push(on.name);
              return on.services.retention.runRetention(at);
            },
          },
          mailSender: null,
          checkpoints: on.services.chainVerification,
          log,
        },
        { database: { kind: 'postgres', url: shared.url! }, pollingIntervalSeconds: 0.5 },
      );
    const jobs: RunningJobs[] = [await start(a), await start(b)];
    try {
      const schedules = await rowsOf<{ count: number }>(
        a.database.db,
        sql`select count(*)::int as count from pgboss.schedule where name = ${JOBS.retention}`,
      );
      expect(schedules).toEqual([{ count: 1 }]);
      // What pg-boss's clock does for a cron occurrence on every instance: one key per occurrence.
      const sent = await Promise.all(
        jobs.map((job) =>
          job.boss.send(JOBS.retention, null, { singletonKey: 'retention-2026-12-02', singletonSeconds: 60 }),
        ),
      );
      expect(sent.filter((id) => id !== null)).toHaveLength(1);
      const deadline = Date.now() + 15_000;
      while (runs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      // Give the other instance's worker time to (wrongly) fetch it too.
      await new Promise((r) => setTimeout(r, 2_000));
      expect(runs).toHaveLength(1);
    } finally {
      await Promise.all(jobs.map((job) => job.stop()));
    }
  }, 40_000);
});
