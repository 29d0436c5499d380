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
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { loadConfig } from '../apps/server/src/config';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-region';
import { startServer, type RunningServer } from '../apps/server/src/server';

const SECONDS = intFromEnv('BENCH_SECONDS', 10);
const WARMUP_SECONDS = intFromEnv('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 20);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const USER_EMAIL = 'beheer@deventer.demo.test';

const require = createRequire(import.meta.url);
const AUTOCANNON_CLI = require.resolve('autocannon');
const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

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

/** The part of autocannon's `--json` result this bench reads. */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; average: number };
  requests: { total: number; average: number };
}

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
const notes: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
let failed = false;

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function serverEnv(database: { dataDir: string } | { url: string }): NodeJS.ProcessEnv {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...('dataDir' in database ? { SPRINGPLANK_DATA_DIR: database.dataDir } : { DATABASE_URL: database.url }),
    SPRINGPLANK_DEMO: 'true',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    WEB_DIST_DIR: '/nonexistent',
  };
}

/** Start the server and time it from the call to listening. */
async function timedStart(env: NodeJS.ProcessEnv): Promise<{ server: RunningServer; ms: number }> {
  const config = loadConfig(env);
  const started = performance.now();
  const server = await startServer(config, { logger: false });
  return { server, ms: performance.now() - started };
}

/** Sign in as the demo administrator; returns the `name=value` of the session cookie. */
async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: USER_EMAIL, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in as ${USER_EMAIL} failed: HTTP ${response.status} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('springplank_session='));
  if (!cookie) throw new Error('sign-in answered 200 but set no springplank_session cookie');
  return cookie;
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

/** Run autocannon in a child process and return its JSON result. */
function autocannon(url: string, seconds: number, cookie: string | null): Promise<AutocannonResult> {
  const args = [AUTOCANNON_CLI, '--json', '--no-progress', '-c', String(CONNECTIONS), '-d', String(seconds)];
  if (cookie) args.push('-H', `cookie:${cookie}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`autocannon exited with ${code}: ${stderr.trim() || stdout.trim()}`));
        return;
      }
      resolve(JSON.parse(line) as AutocannonResult);
    });
  });
}

/** Warm up, then measure every case against a running server. */
async function measure(database: DatabaseName, server: RunningServer): Promise<void> {
  const cookie = await signIn(server.url);
  await checkRoutes(server.url, cookie);
  for (const testCase of CASES) {
    const url = `${server.url}${testCase.path}`;
    const sessionCookie = testCase.authenticated ? cookie : null;
    log(`  ${database}: ${testCase.label} — warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s`);
    const warmup = await autocannon(url, WARMUP_SECONDS, sessionCookie);
    if (warmup.non2xx > 0 || warmup.errors > 0 || warmup.timeouts > 0) {
      failed = true;
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
      statusCodes: Object.entries(result.statusCodeStats)
        .map(([code, { count }]) => `${code}×${count}`)
        .join(', '),
    };
    if (m.non2xx > 0 || m.errors > 0 || m.timeouts > 0 || m.total === 0) {
      failed = true;
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
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    notes.push(`PostgreSQL skipped: ${redact(ADMIN_URL)} is unreachable (${reason}). Set BENCH_DATABASE_URL.`);
    log(`PostgreSQL: SKIPPED — ${redact(ADMIN_URL)} is unreachable (${reason})`);
    return;
  }
  const name = `springplank_bench_${randomBytes(6).toString('hex')}`;
  let dropped = false;
  const drop = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
  cleanups.push(drop);
  try {
    await admin.unsafe(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    log(`PostgreSQL: start on the empty database ${name}`);
    const fresh = await timedStart(serverEnv({ url: url.toString() }));
    try {
      if (!fresh.server.demoLoaded) throw new Error('PostgreSQL: the demo was not loaded on the empty database');
      startups.push({ label: 'PostgreSQL, empty database (migrations + demo)', ms: fresh.ms });
      await measure('PostgreSQL', fresh.server);
    } finally {
      await fresh.server.stop();
    }
  } finally {
    await drop();
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}

function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function find(database: DatabaseName, path: string): Measurement | undefined {
  return measurements.find((m) => m.database === database && m.testCase.path === path);
}

function report(): string {
  const lines: string[] = [];
  lines.push('# Springplank: authenticated read benchmark', '');
  lines.push(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, autocannon ${AUTOCANNON_VERSION}; ` +
      `${CONNECTIONS} connections, ${SECONDS} s per case after ${WARMUP_SECONDS} s warm-up, loopback. ` +
      'Latency in ms (autocannon records whole milliseconds); req/s = completed requests ÷ duration.',
    '',
  );
  const loadAtEnd = loadavg()[0] ?? 0;
  lines.push(
    `1-minute load average: ${fmt(loadAtStart, 2)} at start, ${fmt(loadAtEnd, 2)} at end` +
      (Math.max(loadAtStart, loadAtEnd) > cpus().length
        ? ' — **higher than the CPU count: other work competed with the bench, figures are noisy**.'
        : '.'),
    '',
  );

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
  lines.push(failed ? '**FAILED**: some requests did not succeed (see above).' : 'All requests answered 2xx.');
  return lines.join('\n');
}

async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    await cleanup?.().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void runCleanups().finally(() => process.exit(130));
  });
}

for (const [database, bench] of [
  ['PGlite', benchPglite],
  ['PostgreSQL', benchPostgres],
] as const) {
  try {
    await bench();
  } catch (error) {
    failed = true;
    notes.push(`${database} aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
await runCleanups();

process.stdout.write(`${report()}\n`);
process.exitCode = failed ? 1 : 0;
