import { PgBoss, fromPglite, type ConstructorOptions } from 'pg-boss';
import type { DatabaseHandle, DatabaseTarget } from '../db/client';
import { analyzeStaleTables } from '../db/maintenance';
import type { ChainVerificationService } from '../modules/access-log/access-log.verification.service';
import type { OutboxMailSender } from '../modules/outbox/mail-sender';
import type { RetentionService } from '../modules/retention/retention.service';
import { TIME_ZONE } from '../shared/dates';

/** The queues of the scheduled jobs. */
export const JOBS = {
  retention: 'retention',
  outboxSend: 'outbox-send',
  analyzeStale: 'analyze-stale',
  accessLogCheckpoint: 'access-log-checkpoint',
} as const;

/**
 * When each job runs: retention nightly at 02:30 Dutch time, the outbox every minute, the
 * stale-statistics check every 10 minutes (and once at start).
 */
export const SCHEDULES = {
  [JOBS.retention]: '30 2 * * *',
  [JOBS.outboxSend]: '* * * * *',
  [JOBS.analyzeStale]: '*/10 * * * *',
  /** The default; `ACCESS_LOG_CHECKPOINT_MINUTES` sets another interval. */
  [JOBS.accessLogCheckpoint]: '*/5 * * * *',
} as const;

/** The part of a pino logger the jobs use. */
export interface JobLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What the jobs work with. */
export interface JobDeps {
  database: DatabaseHandle;
  retention: Pick<RetentionService, 'runRetention'>;
  /** Null without SMTP_URL: nothing is sent, the outbox screen shows the mails. */
  mailSender: Pick<OutboxMailSender, 'sendPending' | 'close'> | null;
  /** Writes the signed access-log checkpoints outside the database. */
  checkpoints: Pick<ChainVerificationService, 'writeCheckpoints'>;
  log: JobLogger;
}

/** Where pg-boss keeps its queue and how eagerly workers look for due jobs. */
export interface JobsConfig {
  database: DatabaseTarget;
  /** Seconds between a worker's looks for due jobs; scheduled jobs start at most this late. */
  pollingIntervalSeconds?: number;
  /** Minutes between access-log checkpoints (1-60; default 5). */
  checkpointMinutes?: number;
}

/** The running job queue. */
export interface RunningJobs {
  boss: PgBoss;
  /** Stop scheduling and polling and let a running job finish (up to 30 s). */
  stop(): Promise<void>;
}

/**
 * pg-boss on the application's database: on PostgreSQL with a small pool of its own, on PGlite
 * through pg-boss's PGlite adapter over the one embedded client the application uses (PGlite
 * serialises statements and transactions, so job statements simply queue between requests).
 */
function bossOptions(database: DatabaseHandle, target: DatabaseTarget): ConstructorOptions {
  const common: ConstructorOptions = { schema: 'pgboss', instanceName: 'springplank' };
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('the PGlite database handle does not expose its client');
    // No autovacuum or concurrent index builds in embedded single-user PostgreSQL: skip those checks.
    return { ...common, db: fromPglite(database.pglite), backend: 'pglite', monitorVacuum: false, reindex: false };
  }
  if (target.kind !== 'postgres') throw new Error('a PostgreSQL database handle needs a PostgreSQL target');
  return { ...common, connectionString: target.url, max: 3, application_name: 'springplank-jobs' };
}

/** Start pg-boss, create the queues, schedule and work the retention, outbox and statistics jobs. */
export async function startJobs(deps: JobDeps, config: JobsConfig): Promise<RunningJobs> {
  const { log } = deps;
  const boss = new PgBoss(bossOptions(deps.database, config.database));
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  boss.on('warning', (warning) => log.warn({ warning }, 'job queue warning'));
  await boss.start();
  try {
    const polling = { pollingIntervalSeconds: config.pollingIntervalSeconds ?? 10 };
    // `stately`: at most one queued and one running job each, so a slow run never piles up.
    await boss.createQueue(JOBS.retention, {
      policy: 'stately',
      retryLimit: 2,
      retryDelay: 600,
      expireInSeconds: 3600,
    });
    await boss.createQueue(JOBS.outboxSend, { policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
    await boss.createQueue(JOBS.analyzeStale, { policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
    await boss.createQueue(JOBS.accessLogCheckpoint, { policy: 'stately', retryLimit: 0, expireInSeconds: 300 });

    // `once`: a server that was off at 02:30 (a laptop demo on PGlite) catches up when it is back.
    await boss.schedule(JOBS.retention, SCHEDULES[JOBS.retention], null, { tz: TIME_ZONE, missed: 'once' });
    await boss.work(JOBS.retention, polling, async () => {
      const result = await deps.retention.runRetention(new Date());
      log.info({ job: JOBS.retention, ...result }, 'retention run finished');
      return result;
    });

    // PGlite has no autovacuum, and on a server it can lag a burst of writes: analyze what
    // changed a lot since its last analyze, or was never analyzed (maintenance.ts).
    await boss.schedule(JOBS.analyzeStale, SCHEDULES[JOBS.analyzeStale], null, { tz: TIME_ZONE });
    await boss.work(JOBS.analyzeStale, polling, async () => {
      const tables = await analyzeStaleTables(deps.database.longDb);
      if (tables.length > 0) log.info({ job: JOBS.analyzeStale, tables }, 'stale table statistics analyzed');
      return { tables };
    });
    // Once at start too, so a data folder written by an older version is not planned blind for ten minutes.
    await boss.send(JOBS.analyzeStale);

    // Anchor the access-log chains outside the database (access-log.checkpoints.ts), and once at start.
    const minutes = config.checkpointMinutes ?? 5;
    const checkpointCron = minutes === 5 ? SCHEDULES[JOBS.accessLogCheckpoint] : `*/${minutes} * * * *`;
    await boss.schedule(JOBS.accessLogCheckpoint, checkpointCron, null, { tz: TIME_ZONE });
    await boss.work(JOBS.accessLogCheckpoint, polling, async () => {
      const written = await deps.checkpoints.writeCheckpoints();
      return { regions: written.length };
    });
    await boss.send(JOBS.accessLogCheckpoint);

    const sender = deps.mailSender;
    if (sender) {
      await boss.schedule(JOBS.outboxSend, SCHEDULES[JOBS.outboxSend], null, { tz: TIME_ZONE });
      await boss.work(JOBS.outboxSend, polling, async () => {
        const result = await sender.sendPending();
        if (result.sent + result.failed > 0) log.info({ job: JOBS.outboxSend, ...result }, 'outbox e-mails sent');
        return result;
      });
    } else {
      // Schedules live in the database: drop one left by an earlier start that had SMTP_URL.
      await boss.unschedule(JOBS.outboxSend);
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    boss,
    stop: () => {
      stopping ??= (async () => {
        await boss.stop({ graceful: true, timeout: 30_000 });
        deps.mailSender?.close();
      })();
      return stopping;
    },
  };
}
