import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { migrate } from '../db/migrate';
import { DEMO_PASSWORD } from '../demo/demo-region';
import { demoLoginLines, loadDemo } from '../demo/load-demo';
import { durationLine, runImportCommand, summaryLines } from './import-command';
import { INDICATORS_HELP, IndicatorsArgumentError, runIndicatorsCommand } from './indicators-command';
import { runUserCreate } from './user-create';

const HELP = `Springplank command line

Usage: npm run --silent cli -- <command> [options]

Commands:
  migrate                      Apply database migrations
  demo                         Load the demo region Midden-IJssel (organisations and users)
  routes                       List every HTTP route with its access policy (for privacy reviews)
  user:create                  Create a user account
      --email <address>          e-mail address (required)
      --name <name>              display name (required)
      --organisation <name|id>   organisation in the region (required)
      --role <role>              role; repeat or separate with commas (required)
      --password <password>      password (at least 12 characters); omit for OIDC-only
      --region <slug>            region (default: midden-ijssel)
  import <folder>              Import CSV files (persons.csv, waitlist.csv, stays.csv, housing.csv)
      --region <slug>            region (default: midden-ijssel)
      --dry-run                  validate only, write nothing
${INDICATORS_HELP}

The database is DATABASE_URL when set, otherwise PGlite in SPRINGPLANK_DATA_DIR (default ./data).
Every command applies pending migrations first.`;

/** Thrown for wrong usage; printed with the help text and exit code 2. */
export class UsageError extends Error {}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  const config = loadConfig();
  // A command-line run is batch work: every statement gets the long timeout (db/client.ts).
  const target = config.database;
  const database = await openDatabase(
    target.kind === 'postgres' && target.timeouts
      ? { ...target, timeouts: { ...target.timeouts, statementMs: target.timeouts.longStatementMs } }
      : target,
  );
  try {
    // Migrations run as the table owner when DATABASE_OWNER_URL is set (server.ts does the same).
    // The owner also runs the ANALYZE after an import or the demo load (only the owner may).
    const owner = config.ownerDatabase ? await openDatabase(config.ownerDatabase) : database;
    try {
      const applied = await migrate(owner);
      if (command === 'migrate') {
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
        return;
      }
      await dispatch(command, rest, database, owner);
    } finally {
      if (owner !== database) await owner.close();
    }
  } finally {
    await database.close();
  }
}

async function dispatch(
  command: string,
  args: string[],
  database: DatabaseHandle,
  owner: DatabaseHandle,
): Promise<void> {
  switch (command) {
    case 'demo': {
      const { PasswordHasher } = await import('../modules/auth/password');
      const { loadAccessLogKeys } = await import('../modules/access-log/access-log.keys');
      const keys = loadAccessLogKeys(loadConfig().accessLog.keys);
      const result = await loadDemo(database.db, new PasswordHasher(), keys, owner.longDb);
      console.log(result === 'loaded' ? 'Demo region Midden-IJssel loaded.' : 'Demo data is already present.');
      console.log(`Demo accounts (password: ${DEMO_PASSWORD}):\n${demoLoginLines().join('\n')}`);
      return;
    }
    case 'routes': {
      const { buildApp } = await import('../app');
      const { createServices } = await import('../composition-root');
      const { policyTable } = await import('../http/route-policies');
      const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
      const built = await buildApp({ config, services: createServices(database, config), logger: false });
      await built.app.ready();
      console.log(policyTable(built.routes).join('\n'));
      await built.app.close();
      return;
    }
    case 'user:create': {
      const { values } = parseArgs({
        args,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          organisation: { type: 'string' },
          role: { type: 'string', multiple: true },
          password: { type: 'string' },
          region: { type: 'string', default: 'midden-ijssel' },
        },
        strict: true,
      });
      const user = await runUserCreate(database, values);
      console.log(`Created ${user.email} (${user.roles.join(', ')}) at ${user.organisationName}, id ${user.id}.`);
      return;
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args,
        options: { region: { type: 'string', default: 'midden-ijssel' }, 'dry-run': { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
      if (positionals.length !== 1) throw new UsageError('import needs exactly one folder');
      const report = await runImportCommand(database, positionals[0]!, {
        region: values.region,
        dryRun: values['dry-run'],
        statisticsDb: owner.longDb,
      });
      if (!report.ok) {
        for (const problem of report.problems) console.error(problem);
        throw new Error('Import refused (problems above); nothing was written.');
      }
      console.log(summaryLines(report, values.region).join('\n'));
      const took = durationLine(report);
      if (took) console.error(took);
      return;
    }
    case 'indicators': {
      try {
        process.stdout.write(await runIndicatorsCommand(database, args));
      } catch (error) {
        if (error instanceof IndicatorsArgumentError) throw new UsageError(error.message);
        throw error;
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command: ${command}`);
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${HELP}`);
      process.exit(2);
    }
    console.error(`Error: ${(error as Error).message}`);
    process.exit(1);
  },
);
