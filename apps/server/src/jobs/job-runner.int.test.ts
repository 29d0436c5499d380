import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../db/client';
import { analyzedSince, databaseClock, insertPersons } from '../db/maintenance-test-support';
import { accessLog } from '../db/schema';
import type { SendResult } from '../modules/outbox/mail-sender';
import { referenceRegion } from '../test/factories';
import { testDatabaseKind, withDatabase } from '../test/test-database';
import { useTestApp } from '../test/test-app';
import { JOBS, SCHEDULES, startJobs, type JobLogger, type RunningJobs } from './job-runner';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKPOINT_FILE } from '../modules/access-log/access-log.checkpoints';

/** A logger that keeps what it was told. */
function recordingLogger() {
  const lines: { level: string; details: object; message: string }[] = [];
  const log: JobLogger = {
    info: (details, message) => lines.push({ level: 'info', details, message }),
    warn: (details, message) => lines.push({ level: 'warn', details, message }),
    error: (details, message) => lines.push({ level: 'error', details, message }),
  };
  return { log, lines };
}

/** A mail sender that sends nothing and counts its runs. */
function countingSender() {
  const sender = {
    runs: 0,
    closed: false,
    sendPending: async (): Promise<SendResult> => {
      sender.runs += 1;
      return { sent: 0, failed: 0 };
    },
    close: () => {
      sender.closed = true;
    },
  };
  return sender;
}

/**
 * Queue a job now; with the `stately` policy a job already waiting (the one sent at start)
 * refuses a second, so retry until it has been picked up.
 */
async function sendWhenFree(jobs: RunningJobs, name: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const id = await jobs.boss.send(name);
    if (id) return id;
    if (Date.now() > deadline) throw new Error(`job ${name} could not be queued`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Wait until the job reached a final state, and return it. */
async function settled(jobs: RunningJobs, name: string, id: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = await jobs.boss.getJobById(name, id);
    if (job && ['completed', 'failed', 'cancelled'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${name} ${id} still ${job?.state ?? 'missing'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`scheduled jobs on ${testDatabaseKind()}`, () => {
  const ctx = useTestApp();
  let target: DatabaseTarget;
  let jobs: RunningJobs;
  const logger = recordingLogger();
  const sender = countingSender();

  beforeAll(async () => {
    const handle = ctx().database.handle;
    if (handle.kind === 'postgres') {
      // pg-boss opens its own pool to the same database the test app uses.
      const [row] = await handle.rawTransaction((raw) =>
        raw.query<{ name: string }>('select current_database() as name'),
      );
      target = { kind: 'postgres', url: withDatabase(process.env.TEST_DATABASE_URL!, row!.name) };
    } else {
      target = { kind: 'pglite-memory' };
    }
    jobs = await startJobs(
      {
        database: handle,
        retention: ctx().services.retention,
        mailSender: sender,
        checkpoints: ctx().services.chainVerification,
        log: logger.log,
      },
      { database: target, pollingIntervalSeconds: 0.5 },
    );
  });

  afterAll(async () => {
    await jobs?.stop();
  });

  it('installs pg-boss in its own schema and schedules retention at 02:30 Dutch time and the outbox each minute', async () => {
    const [installed] = await ctx().database.handle.rawTransaction((raw) =>
      raw.query<{ n: number }>(
        "select count(*)::int as n from information_schema.tables where table_schema = 'pgboss' and table_name = 'version'",
      ),
    );
    expect(installed!.n).toBe(1);
    const schedules = await jobs.boss.getSchedules();
    const byName = Object.fromEntries(schedules.map((s) => [s.name, s]));
    expect(byName[JOBS.retention]).toMatchObject({ cron: '30 2 * * *', timezone: 'Europe/Amsterdam' });
    expect(byName[JOBS.retention]!.options).toMatchObject({ missed: 'once' });
    expect(byName[JOBS.outboxSend]).toMatchObject({ cron: SCHEDULES[JOBS.outboxSend] });
    expect(byName[JOBS.analyzeStale]).toMatchObject({ cron: '*/10 * * * *' });
  });

  it('runs the stale-statistics job: it analyzes a table with many changes since its last analyze and logs it', async () => {
    const db = ctx().db;
    // First let the check queued at start run (stately: one at a time), so it cannot take ours.
    await settled(jobs, JOBS.analyzeStale, await sendWhenFree(jobs, JOBS.analyzeStale));
    await insertPersons(db, 500);
    const start = await databaseClock(db);
    const id = await sendWhenFree(jobs, JOBS.analyzeStale);
    const job = await settled(jobs, JOBS.analyzeStale, id);
    expect(job.state).toBe('completed');
    const output = job.output as { tables: { table: string; changesSinceAnalyze: number }[] };
    expect(output.tables).toContainEqual(expect.objectContaining({ table: 'persons' }));
    expect(await analyzedSince(db, start, ['persons'])).toEqual({ persons: true });
    const line = logger.lines.find(
      (l) => l.message === 'stale table statistics analyzed' && JSON.stringify(l.details).includes('"persons"'),
    );
    expect(line?.level).toBe('info');
  });

  it('runs the retention job when one is sent, and it logs per region', async () => {
    const id = await jobs.boss.send(JOBS.retention);
    expect(id).toBeTruthy();
    const job = await settled(jobs, JOBS.retention, id!);
    expect(job.state).toBe('completed');
    expect(job.output).toMatchObject({ unclaimedAttachmentsDeleted: 0 });
    const region = await referenceRegion(ctx().db);
    const entries = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'retention.run'), eq(accessLog.regionId, region.id)));
    expect(entries).toHaveLength(1);
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('runs the outbox job when one is sent', async () => {
    const before = sender.runs;
    const id = await jobs.boss.send(JOBS.outboxSend);
    const job = await settled(jobs, JOBS.outboxSend, id!);
    expect(job.state).toBe('completed');
    expect(sender.runs).toBe(before + 1);
  });

  it('writes a signed checkpoint of each chain outside the database when the checkpoint job runs', async () => {
    const { services, db, config } = ctx();
    const region = await referenceRegion(db);
    await db.transaction((tx) =>
      services.accessLog.append(
        tx,
        {
          regionId: region.id,
          userId: null,
          userName: 'job test',
          organisationId: null,
          organisationName: null,
          role: null,
          requestId: null,
        },
        { action: 'test.event', subjectType: 'test' },
      ),
    );
    const id = await jobs.boss.send(JOBS.accessLogCheckpoint);
    expect((await settled(jobs, JOBS.accessLogCheckpoint, id!)).state).toBe('completed');
    const lines = readFileSync(join(config.accessLog.checkpointDir, CHECKPOINT_FILE), 'utf8').trim().split('\n');
    const mine = lines
      .map((line) => JSON.parse(line) as { regionId: string; mac: string })
      .filter((c) => c.regionId === region.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.at(-1)!.mac).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stops, leaves the database open, and drops the outbox schedule when started without SMTP', async () => {
    await jobs.stop();
    await jobs.stop();
    expect(sender.closed).toBe(true);
    await ctx().database.handle.ping();

    jobs = await startJobs(
      {
        database: ctx().database.handle,
        retention: ctx().services.retention,
        mailSender: null,
        checkpoints: ctx().services.chainVerification,
        log: logger.log,
      },
      { database: target, pollingIntervalSeconds: 0.5 },
    );
    const names = (await jobs.boss.getSchedules()).map((s) => s.name);
    expect(names).toContain(JOBS.retention);
    expect(names).toContain(JOBS.analyzeStale);
    expect(names).not.toContain(JOBS.outboxSend);
    await jobs.stop();
    await ctx().database.handle.ping();
  });
});
