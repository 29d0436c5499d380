import { buildApp, type BuiltApp } from './app';
import type { AppConfig } from './config';
import { createServices, type Services } from './composition-root';
import { openDatabase, type DatabaseHandle } from './db/client';
import { migrate } from './db/migrate';
import { demoAccountsPresent, isEmpty, loadDemo } from './demo/load-demo';
import { startJobs, type RunningJobs } from './jobs/job-runner';
import { createMailSender } from './modules/outbox/mail-sender';

/** A running Springplank server. */
export interface RunningServer {
  url: string;
  built: BuiltApp;
  services: Services;
  database: DatabaseHandle;
  demoLoaded: boolean;
  /** Whether the demo accounts exist in this database. */
  demoAccounts: boolean;
  /** Stop accepting requests, let in-flight ones finish, then close the database. */
  stop(): Promise<void>;
}

/** Open and migrate the database, load the demo on an empty one, and listen. */
export async function startServer(config: AppConfig, options: { logger?: boolean } = {}): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  // PostgreSQL with DATABASE_OWNER_URL: the owner migrates and maintains, the app role serves.
  let owner: DatabaseHandle = database;
  try {
    if (config.ownerDatabase?.kind === 'postgres') {
      owner = await openDatabase({ ...config.ownerDatabase, maxConnections: 2 });
    }
    await migrate(owner);
    const services = createServices(database, config, owner);
    let demoLoaded = false;
    if (config.loadDemoWhenEmpty && (await isEmpty(database.db))) {
      demoLoaded = (await loadDemo(database.db, services.passwords, services.accessLogKeys, owner.longDb)) === 'loaded';
    }
    const demoAccounts = await demoAccountsPresent(database.db);
    const built = await buildApp({ config, services, logger: options.logger });
    await built.app.listen({ port: config.port, host: config.host });
    const address = built.app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let jobs: RunningJobs | null = null;
    if (config.jobs.enabled) {
      const mailSender = createMailSender(database.db, config.mail);
      const deps = {
        database: owner,
        retention: services.retention,
        mailSender,
        checkpoints: services.chainVerification,
        log: built.app.log,
      };
      const jobsConfig = {
        database: config.ownerDatabase ?? config.database,
        checkpointMinutes: config.accessLog.checkpointMinutes,
      };
      jobs = await startJobs(deps, jobsConfig).catch(async (error: unknown) => {
        await built.app.close();
        throw error;
      });
    }
    const purge = setInterval(() => {
      services.auth
        .purgeExpiredSessions()
        .catch((error: unknown) => built.app.log.warn({ err: error }, 'session purge failed'));
      // Idempotent on every instance: ended rate-limit windows are just deleted rows.
      services.rateLimitCounters
        .purgeExpired()
        .catch((error: unknown) => built.app.log.warn({ err: error }, 'rate-limit counter purge failed'));
    }, 15 * 60_000);
    purge.unref();
    let stopping: Promise<void> | null = null;
    return {
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
      built,
      services,
      database,
      demoLoaded,
      demoAccounts,
      stop: () => {
        stopping ??= (async () => {
          clearInterval(purge);
          built.markShuttingDown();
          await built.app.close();
          await jobs?.stop();
          if (owner !== database) await owner.close();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    if (owner !== database) await owner.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}
