/**
 * Benchmark: what a policy analyst waits for on the monitor, right after `npm start` and right
 * after a bulk import — the first request of each kind, with nothing warmed up.
 *
 * For each database the server starts in this process exactly as `npm start` does (migrations,
 * demo on an empty database, jobs on), the policy analyst signs in, and one request each is
 * timed through HTTP, in this order: `GET /api/v1/indicators`, the dashboard, the CSV and the
 * XLSX export (the dashboard's default view); then the same four again for reference. Then a
 * generated region of BENCH_IMPORT_PERSONS persons (IMPORT.md format) is imported into
 * midden-ijssel through the command line's code path (`runImportCommand`) and the four first
 * requests are timed again:
 *   - PGlite: the server holds the data folder, so it is stopped, the import runs on the
 *     folder as `npm run cli -- import` would, and the server is started again;
 *   - PostgreSQL: the import runs on its own connection while the server keeps running.
 *
 * Env: BENCH_IMPORT_PERSONS (5000), BENCH_SEED (42), BENCH_DATABASE_URL (see support.ts).
 * Exits non-zero when any request or step failed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportCommand } from '../apps/server/src/cli/import-command';
import { loadConfig } from '../apps/server/src/config';
import { openDatabase } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import type { RunningServer } from '../apps/server/src/server';
import { generateRegion, MIDDEN_IJSSEL, type GeneratedCounts } from './national/generate';
import {
  cleanups,
  createThrowawayDatabase,
  fmt,
  intFromEnv,
  loadAverageLine,
  log,
  machine,
  runBenchParts,
  type BenchOutcome,
  serverEnv,
  timedStart,
  signIn,
} from './support';

const IMPORT_PERSONS = intFromEnv('BENCH_IMPORT_PERSONS', 5000);
const SEED = intFromEnv('BENCH_SEED', 42);
const ANALYST = 'beleid@deventer.demo.test';
const RATIO_TARGET = 5;
const FIRST_VIEW_AIM_MS = 1000;

type DatabaseName = 'PGlite' | 'PostgreSQL';

/** The web app's default monitor view: the first of this month, the last complete year, 12 months. */
function defaultView(today = new Date()): string {
  const month = String(today.getMonth() + 1).padStart(2, '0');
  return `date=${today.getFullYear()}-${month}-01&year=${today.getFullYear() - 1}`;
}
const VIEW = defaultView();

const REQUESTS = [
  { key: 'indicators', label: 'GET /api/v1/indicators', path: `/api/v1/indicators?${VIEW}` },
  { key: 'dashboard', label: 'GET /api/v1/monitor/dashboard', path: `/api/v1/monitor/dashboard?${VIEW}&months=12` },
  { key: 'csv', label: 'GET /api/v1/monitor/export.csv', path: `/api/v1/monitor/export.csv?${VIEW}&months=12` },
  { key: 'xlsx', label: 'GET /api/v1/monitor/export.xlsx', path: `/api/v1/monitor/export.xlsx?${VIEW}&months=12` },
] as const;
type RequestKey = (typeof REQUESTS)[number]['key'];

interface Timing {
  ms: number;
  status: number;
  bytes: number;
}

/** The first and second request of each kind in one case (after start, after import). */
interface CaseResult {
  database: DatabaseName;
  label: string;
  how: string;
  first: Record<RequestKey, Timing>;
  second: Record<RequestKey, Timing>;
  /** The indicators answer, to check that the import shows. */
  indicatorsBody: string;
}

interface Step {
  label: string;
  ms: number;
}

const loadAtStart = loadavg()[0] ?? 0;
const cases: CaseResult[] = [];
const steps: Step[] = [];
const outcome: BenchOutcome = { failed: false, notes: [] };
const { notes } = outcome;
let generated: GeneratedCounts | null = null;

/**
 * The product's environment as `npm start` sets it (jobs on), on a free loopback port, quiet;
 * the per-user monitor rate limit out of reach, since one analyst times many requests.
 */
function productEnv(database: { dataDir: string } | { url: string }): NodeJS.ProcessEnv {
  return serverEnv(database, { JOBS_ENABLED: 'true', MONITOR_RATE_LIMIT_PER_MINUTE: '1000000' });
}

/** Time one GET until its whole body has arrived; a non-200 marks the run failed. */
async function timed(
  database: DatabaseName,
  baseUrl: string,
  cookie: string,
  request: (typeof REQUESTS)[number],
): Promise<{ timing: Timing; body: Buffer }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${request.path}`, { headers: { cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  const timing = { ms: performance.now() - started, status: response.status, bytes: body.length };
  if (response.status !== 200) {
    outcome.failed = true;
    notes.push(`${database} ${request.label}: HTTP ${response.status} ${body.toString('utf8').slice(0, 300)}`);
  }
  return { timing, body };
}

/** Sign in, then the four requests once (the first after start or import) and once more. */
async function measureCase(database: DatabaseName, server: RunningServer, label: string, how: string): Promise<void> {
  const cookie = await signIn(server.url, ANALYST);
  const first = {} as Record<RequestKey, Timing>;
  const second = {} as Record<RequestKey, Timing>;
  let indicatorsBody = '';
  for (const round of [first, second]) {
    for (const request of REQUESTS) {
      log(`  ${database} ${label}: ${request.label} (${round === first ? 'first' : 'second'})`);
      const { timing, body } = await timed(database, server.url, cookie, request);
      round[request.key] = timing;
      if (request.key === 'indicators' && round === first) indicatorsBody = body.toString('utf8');
    }
  }
  cases.push({ database, label, how, first, second, indicatorsBody });
}

/** Write the generated region's four files (once per run, in a temp folder removed at the end). */
let importFolderPromise: Promise<string> | null = null;
function importFolder(): Promise<string> {
  importFolderPromise ??= (async () => {
    const root = await mkdtemp(join(tmpdir(), 'springplank-bench-monitor-import-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const started = performance.now();
    generated = await generateRegion(root, { ...MIDDEN_IJSSEL, name: 'Regio Midden-IJssel' }, 0, IMPORT_PERSONS, SEED);
    log(`generated ${IMPORT_PERSONS} persons in ${fmt(performance.now() - started)} ms`);
    return root;
  })();
  return importFolderPromise;
}

/** Import the generated folder as `npm run cli -- import <folder> --region midden-ijssel` does. */
async function cliImport(database: DatabaseName, env: NodeJS.ProcessEnv, folder: string): Promise<void> {
  const config = loadConfig(env);
  const handle = await openDatabase(config.database);
  try {
    await migrate(handle);
    const started = performance.now();
    const report = await runImportCommand(handle, folder, { region: MIDDEN_IJSSEL.slug });
    const ms = performance.now() - started;
    if (!report.ok) throw new Error(`the import was refused:\n${report.problems.slice(0, 20).join('\n')}`);
    const rows = report.counts.map((c) => `${c.file} ${fmt(c.inserted)} inserted`).join(', ');
    steps.push({ label: `${database}: import of the generated region (${rows}), incl. ANALYZE`, ms });
  } finally {
    await handle.close();
  }
}

/** The import must show in the figures: otherwise something answers from a stale cache. */
function checkImportShows(database: DatabaseName): void {
  const [before, after] = cases.filter((c) => c.database === database);
  if (before && after && before.indicatorsBody === after.indicatorsBody) {
    outcome.failed = true;
    notes.push(`${database}: GET /api/v1/indicators answered the same before and after the import (stale?)`);
  }
}

async function benchPglite(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'springplank-bench-monitor-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const env = productEnv({ dataDir: join(root, 'pglite') });
  const folder = await importFolder();

  log('PGlite: start on an empty data folder');
  const fresh = await timedStart(env);
  try {
    if (!fresh.server.demoLoaded) throw new Error('PGlite: the demo was not loaded on the empty data folder');
    steps.push({ label: 'PGlite: start on an empty data folder (initdb, migrations, demo, ANALYZE)', ms: fresh.ms });
    await measureCase('PGlite', fresh.server, 'after start', 'empty data folder, demo loaded on start');
  } finally {
    await fresh.server.stop();
  }

  log('PGlite: server stopped; import through the CLI code path on the data folder');
  await cliImport('PGlite', env, folder);

  log('PGlite: start again');
  const again = await timedStart(env);
  try {
    steps.push({ label: 'PGlite: start again after the import', ms: again.ms });
    await measureCase(
      'PGlite',
      again.server,
      'after import',
      'server stopped, `runImportCommand` on the data folder (as `npm run cli -- import`), server started again',
    );
  } finally {
    await again.server.stop();
  }
  checkImportShows('PGlite');
}

async function benchPostgres(): Promise<void> {
  const database = await createThrowawayDatabase();
  if ('skipped' in database) {
    notes.push(database.skipped);
    return;
  }
  const folder = await importFolder();
  const env = productEnv({ url: database.url });
  try {
    log(`PostgreSQL: start on the empty database ${database.name}`);
    const fresh = await timedStart(env);
    try {
      if (!fresh.server.demoLoaded) throw new Error('PostgreSQL: the demo was not loaded on the empty database');
      steps.push({ label: 'PostgreSQL: start on an empty database (migrations, demo, ANALYZE)', ms: fresh.ms });
      await measureCase('PostgreSQL', fresh.server, 'after start', 'empty database, demo loaded on start');
      log('PostgreSQL: import through the CLI code path while the server runs');
      await cliImport('PostgreSQL', env, folder);
      await measureCase(
        'PostgreSQL',
        fresh.server,
        'after import',
        '`runImportCommand` on its own connection (as `npm run cli -- import`) while the server runs',
      );
    } finally {
      await fresh.server.stop();
    }
    checkImportShows('PostgreSQL');
  } finally {
    await database.drop();
  }
}

const ms = (value: number) => fmt(value, value < 100 ? 1 : 0);
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

function caseTable(c: CaseResult): string[] {
  const lines = [`### ${c.database}, ${c.label}`, '', `${c.how}.`, ''];
  lines.push('| Request | first (ms) | second (ms) | status | bytes |', '|---|---:|---:|---:|---:|');
  for (const request of REQUESTS) {
    const first = c.first[request.key];
    const second = c.second[request.key];
    const status = first.status === second.status ? String(first.status) : `${first.status} / ${second.status}`;
    lines.push(`| ${request.label} | ${ms(first.ms)} | ${ms(second.ms)} | ${status} | ${fmt(first.bytes)} |`);
  }
  const ratio = c.first.dashboard.ms / c.first.indicators.ms;
  const ratioSecond = c.second.dashboard.ms / c.second.indicators.ms;
  lines.push(
    '',
    `Dashboard ÷ one indicators call (first requests): **${fmt(ratio, 2)}** — target ≤ ${RATIO_TARGET}: ${verdict(ratio <= RATIO_TARGET)} ` +
      `(second requests: ${fmt(ratioSecond, 2)}). ` +
      `First view (the dashboard request the /monitor page makes): **${ms(c.first.dashboard.ms)} ms** — ` +
      `aim < ${fmt(FIRST_VIEW_AIM_MS)} ms: ${verdict(c.first.dashboard.ms < FIRST_VIEW_AIM_MS)}.`,
    '',
  );
  return lines;
}

function report(): string {
  const lines: string[] = ['# Springplank: monitor, first requests after start and after an import', ''];
  lines.push(
    `${machine().replace(/, autocannon .*/, '')}; loopback, one request at a time, signed in as the policy analyst ` +
      `${ANALYST}. View: \`${VIEW}&months=12\` (the web app's default). Times from sending the request to the ` +
      'last byte of the answer.',
    '',
    loadAverageLine(loadAtStart),
    '',
  );
  if (generated) {
    const g = generated;
    lines.push(
      `Imported region (bench/national/generate.ts, seed ${SEED}, into ${MIDDEN_IJSSEL.slug} next to the demo): ` +
        `${fmt(g.persons)} persons, ${fmt(g.stays)} stays, ${fmt(g.waitlist)} waiting-list entries, ${fmt(g.housing)} housing records.`,
      '',
    );
  }
  lines.push('## Summary (first requests, ms)', '');
  lines.push(
    '| Database | Case | indicators | dashboard | CSV | XLSX | dashboard ÷ indicators | ≤ 5 | first view < 1 s |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
  );
  for (const c of cases) {
    const ratio = c.first.dashboard.ms / c.first.indicators.ms;
    lines.push(
      `| ${c.database} | ${c.label} | ${ms(c.first.indicators.ms)} | ${ms(c.first.dashboard.ms)} | ${ms(c.first.csv.ms)} | ` +
        `${ms(c.first.xlsx.ms)} | ${fmt(ratio, 2)} | ${verdict(ratio <= RATIO_TARGET)} | ${verdict(c.first.dashboard.ms < FIRST_VIEW_AIM_MS)} |`,
    );
  }
  lines.push('', '## Per case', '');
  for (const c of cases) lines.push(...caseTable(c));
  lines.push('## Steps (once each)', '', '| Step | ms |', '|---|---:|');
  for (const step of steps) lines.push(`| ${step.label} | ${fmt(step.ms)} |`);
  lines.push('');
  if (notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of notes) lines.push(`- ${note}`);
    lines.push('');
  }
  lines.push(
    outcome.failed ? '**FAILED**: a request or a step did not succeed (see above).' : 'All requests answered 200.',
  );
  return lines.join('\n');
}

await runBenchParts(outcome, { PGlite: benchPglite, PostgreSQL: benchPostgres }, report);
