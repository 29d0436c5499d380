/**
 * Benchmark: requests/s and latency of an authenticated read, on PGlite and on PostgreSQL.
 *
 * For each database the server is started in this process (as `npm run serve` would), the demo
 * administrator signs in, and autocannon (in a child process, so the load generator does not share
 * the server's event loop) hits:
 *   - GET /healthz                 baseline: no session, no database
 *   - GET /api/v1/auth/session     session lookup + presenter
 *   - GET /api/v1/region           session lookup + two queries
 * It also times start-up on an empty PGlite data folder and on an already-initialised one.
 *
 * Env: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (20),
 *      BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres; a throwaway database is
 *      created on it and dropped at the end; PostgreSQL is skipped when the server does not answer).
 * Exits non-zero when any request failed (non-2xx, errors, timeouts) or a step went wrong.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../apps/server/src/server';
import {
  autocannon as runAutocannon,
  type AutocannonResult,
  cleanups,
  createThrowawayDatabase,
  fmt,
  intFromEnv,
  loadAverageLine,
  log,
  machine,
  runBenchParts,
  type BenchOutcome,
  serverEnv as baseServerEnv,
  statusCodes,
  timedStart,
  signIn,
} from './support';

const SECONDS = intFromEnv('BENCH_SECONDS', 10);
const WARMUP_SECONDS = intFromEnv('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 20);
const USER_EMAIL = 'beheer@deventer.demo.test';

type DatabaseName = 'PGlite' | 'PostgreSQL';

interface Case {
  label: string;
  path: string;
  authenticated: boolean;
}

const CASES: Case[] = [
  { label: 'GET /healthz', path: '/healthz', authenticated: false },
  { label: 'GET /api/v1/auth/session', path: '/api/v1/auth/session', authenticated: true },
  { label: 'GET /api/v1/region', path: '/api/v1/region', authenticated: true },
];

interface Measurement {
  database: DatabaseName;
  testCase: Case;
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: string;
}

interface StartupTiming {
  label: string;
  ms: number;
}

const loadAtStart = loadavg()[0] ?? 0;
const measurements: Measurement[] = [];
const startups: StartupTiming[] = [];
const outcome: BenchOutcome = { failed: false, notes: [] };
const { notes } = outcome;

function serverEnv(database: { dataDir: string } | { url: string }): NodeJS.ProcessEnv {
  return baseServerEnv(database, { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
}

/** One request per case before the load, so a broken route fails loudly instead of as a fast 401/404. */
async function checkRoutes(baseUrl: string, cookie: string): Promise<void> {
  for (const testCase of CASES) {
    const response = await fetch(`${baseUrl}${testCase.path}`, {
      headers: testCase.authenticated ? { cookie } : {},
    });
    const body = await response.text();
    if (response.status !== 200) {
      throw new Error(`${testCase.label} answered HTTP ${response.status} before the load: ${body}`);
    }
    if (testCase.path === '/api/v1/auth/session' && !body.includes(USER_EMAIL)) {
      throw new Error(`${testCase.label} did not return the signed-in user: ${body}`);
    }
  }
}

/** Run autocannon against one URL, with the session cookie when given. */
function autocannon(url: string, seconds: number, cookie: string | null): Promise<AutocannonResult> {
  return runAutocannon(CONNECTIONS, seconds, [...(cookie ? ['-H', `cookie:${cookie}`] : []), url]);
}

/** Warm up, then measure every case against a running server. */
async function measure(database: DatabaseName, server: RunningServer): Promise<void> {
  const cookie = await signIn(server.url, USER_EMAIL);
  await checkRoutes(server.url, cookie);
  for (const testCase of CASES) {
    const url = `${server.url}${testCase.path}`;
    const sessionCookie = testCase.authenticated ? cookie : null;
    log(`  ${database}: ${testCase.label} — warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s`);
    const warmup = await autocannon(url, WARMUP_SECONDS, sessionCookie);
    if (warmup.non2xx > 0 || warmup.errors > 0 || warmup.timeouts > 0) {
      outcome.failed = true;
      notes.push(
        `${database} ${testCase.label}: the warm-up had ${warmup.non2xx} non-2xx, ${warmup.errors} errors, ${warmup.timeouts} timeouts`,
      );
    }
    const result = await autocannon(url, SECONDS, sessionCookie);
    const m: Measurement = {
      database,
      testCase,
      requestsPerSecond: result.requests.total / result.duration,
      total: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes: statusCodes(result),
    };
    if (m.non2xx > 0 || m.errors > 0 || m.timeouts > 0 || m.total === 0) {
      outcome.failed = true;
      notes.push(`${database} ${testCase.label}: failed requests (status codes: ${m.statusCodes || 'none'})`);
    }
    measurements.push(m);
  }
}

async function benchPglite(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'springplank-bench-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const env = serverEnv({ dataDir: join(root, 'pglite') });

  log('PGlite: start on an empty data folder');
  const cold = await timedStart(env);
  await cold.server.stop();
  if (!cold.server.demoLoaded) throw new Error('PGlite: the demo was not loaded on the empty data folder');
  startups.push({ label: 'PGlite, empty data folder (initdb + migrations + demo)', ms: cold.ms });

  log('PGlite: restart on the initialised data folder');
  const warm = await timedStart(env);
  try {
    if (warm.server.demoLoaded) notes.push('PGlite: the demo was loaded again on restart (expected: already present)');
    startups.push({ label: 'PGlite, restart on initialised data folder', ms: warm.ms });
    await measure('PGlite', warm.server);
  } finally {
    await warm.server.stop();
  }
}

async function benchPostgres(): Promise<void> {
  const database = await createThrowawayDatabase();
  if ('skipped' in database) {
    notes.push(database.skipped);
    return;
  }
  try {
    log(`PostgreSQL: start on the empty database ${database.name}`);
    const fresh = await timedStart(serverEnv({ url: database.url }));
    try {
      if (!fresh.server.demoLoaded) throw new Error('PostgreSQL: the demo was not loaded on the empty database');
      startups.push({ label: 'PostgreSQL, empty database (migrations + demo)', ms: fresh.ms });
      await measure('PostgreSQL', fresh.server);
    } finally {
      await fresh.server.stop();
    }
  } finally {
    await database.drop();
  }
}

function find(database: DatabaseName, path: string): Measurement | undefined {
  return measurements.find((m) => m.database === database && m.testCase.path === path);
}

function report(): string {
  const lines: string[] = [];
  lines.push('# Springplank: authenticated read benchmark', '');
  lines.push(
    `${machine()}; ` +
      `${CONNECTIONS} connections, ${SECONDS} s per case after ${WARMUP_SECONDS} s warm-up, loopback. ` +
      'Latency in ms (autocannon records whole milliseconds); req/s = completed requests ÷ duration.',
    '',
  );
  lines.push(loadAverageLine(loadAtStart), '');

  lines.push('## Throughput and latency', '');
  lines.push('| Database | Request | req/s | p50 (ms) | p99 (ms) | requests | non-2xx | errors | ÷ healthz |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of measurements) {
    const baseline = find(m.database, '/healthz');
    const ratio = baseline ? fmt(m.requestsPerSecond / baseline.requestsPerSecond, 3) : '–';
    const errors = m.timeouts > 0 ? `${m.errors} (${m.timeouts} timeouts)` : String(m.errors);
    lines.push(
      `| ${m.database} | ${m.testCase.label} | ${fmt(m.requestsPerSecond)} | ${fmt(m.p50)} | ${fmt(m.p99)} | ` +
        `${fmt(m.total)} | ${m.non2xx} | ${errors} | ${ratio} |`,
    );
  }
  lines.push('');

  if (measurements.some((m) => m.database === 'PostgreSQL') && measurements.some((m) => m.database === 'PGlite')) {
    lines.push('## PGlite ÷ PostgreSQL', '');
    lines.push('| Request | PGlite req/s | PostgreSQL req/s | PGlite ÷ PostgreSQL | p50 PGlite / PostgreSQL (ms) |');
    lines.push('|---|---:|---:|---:|---:|');
    for (const testCase of CASES) {
      const lite = find('PGlite', testCase.path);
      const pg = find('PostgreSQL', testCase.path);
      if (!lite || !pg) continue;
      lines.push(
        `| ${testCase.label} | ${fmt(lite.requestsPerSecond)} | ${fmt(pg.requestsPerSecond)} | ` +
          `${fmt(lite.requestsPerSecond / pg.requestsPerSecond, 3)} | ${fmt(lite.p50)} / ${fmt(pg.p50)} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Start-up time (`startServer` call → listening, once each)', '');
  lines.push('| Case | ms |', '|---|---:|');
  for (const s of startups) lines.push(`| ${s.label} | ${fmt(s.ms)} |`);
  lines.push('');

  if (notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of notes) lines.push(`- ${note}`);
    lines.push('');
  }
  lines.push(outcome.failed ? '**FAILED**: some requests did not succeed (see above).' : 'All requests answered 2xx.');
  return lines.join('\n');
}

await runBenchParts(outcome, { PGlite: benchPglite, PostgreSQL: benchPostgres }, report);
