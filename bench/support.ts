/**
 * Pieces the benchmarks share: settings from the environment, starting the server in-process,
 * running autocannon in a child process, a throwaway PostgreSQL database, clean-up on exit and
 * formatting.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import postgres from 'postgres';
import { loadConfig } from '../apps/server/src/config';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-region';
import { startServer, type RunningServer } from '../apps/server/src/server';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const require = createRequire(import.meta.url);
const AUTOCANNON_CLI = require.resolve('autocannon');
export const AUTOCANNON_VERSION = (require('autocannon/package.json') as { version: string }).version;

/** Sign in as a demo user (demo password); returns the `name=value` of the session cookie. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in as ${email} failed: HTTP ${response.status} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('springplank_session='));
  if (!cookie) throw new Error(`sign-in as ${email} answered 200 but set no springplank_session cookie`);
  return cookie;
}

/** The part of autocannon's `--json` result the benches read. */
export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; average: number };
  /** `total`: answered requests; `sent`: requests written, including those unanswered when the run ended. */
  requests: { total: number; average: number; sent: number };
}

export function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The server's environment: loopback on a free port, demo loaded, logging off, plus `extra`. */
export function serverEnv(
  database: { dataDir: string } | { url: string },
  extra: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...('dataDir' in database ? { SPRINGPLANK_DATA_DIR: database.dataDir } : { DATABASE_URL: database.url }),
    SPRINGPLANK_DEMO: 'true',
    WEB_DIST_DIR: '/nonexistent',
    ...extra,
  };
}

/** Start the server and time it from the call to listening. */
export async function timedStart(env: NodeJS.ProcessEnv): Promise<{ server: RunningServer; ms: number }> {
  const config = loadConfig(env);
  const started = performance.now();
  const server = await startServer(config, { logger: false });
  return { server, ms: performance.now() - started };
}

/**
 * Run autocannon in a child process (so the load generator does not share the server's event
 * loop) and return its JSON result. `args` are the options after `-c`/`-d`, ending with the URL.
 */
export function autocannon(connections: number, seconds: number, args: string[]): Promise<AutocannonResult> {
  const argv = [AUTOCANNON_CLI, '--json', '--no-progress', '-c', String(connections), '-d', String(seconds), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
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

/** `201×1234, 400×2`: the status codes autocannon saw. */
export function statusCodes(result: AutocannonResult): string {
  return Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(', ');
}

/** A throwaway database on `BENCH_DATABASE_URL`, dropped by `drop()` (also registered as a clean-up). */
export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Create a throwaway database `springplank_bench_<random>`; `{ skipped }` (a note for the report)
 * when the PostgreSQL server does not answer.
 */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase | { skipped: string }> {
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    log(`PostgreSQL: SKIPPED — ${redact(ADMIN_URL)} is unreachable (${reason})`);
    return { skipped: `PostgreSQL skipped: ${redact(ADMIN_URL)} is unreachable (${reason}). Set BENCH_DATABASE_URL.` };
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
  } catch (error) {
    await drop();
    throw error;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop };
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}

export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** `Node v24…, 2 × <CPU>, autocannon 8.0.0` */
export function machine(): string {
  return `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, autocannon ${AUTOCANNON_VERSION}`;
}

/** The 1-minute load average at start and now, flagged when it exceeds the CPU count. */
export function loadAverageLine(loadAtStart: number): string {
  const loadAtEnd = loadavg()[0] ?? 0;
  return (
    `1-minute load average: ${fmt(loadAtStart, 2)} at start, ${fmt(loadAtEnd, 2)} at end` +
    (Math.max(loadAtStart, loadAtEnd) > cpus().length
      ? ' — **higher than the CPU count: other work competed with the bench, figures are noisy**.'
      : '.')
  );
}

/** Clean-ups run last-in first-out at the end, and on Ctrl-C / SIGTERM. */
export const cleanups: (() => Promise<void>)[] = [];

export async function runCleanups(): Promise<void> {
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

/** What a bench run found: failures, and notes for the report. */
export interface BenchOutcome {
  failed: boolean;
  notes: string[];
}

/**
 * Runs the PGlite and the PostgreSQL part of a bench one after the other (an aborted part is
 * a failure with a note), removes what they created, prints the report and sets the exit code.
 */
export async function runBenchParts(
  outcome: BenchOutcome,
  parts: { PGlite: () => Promise<void>; PostgreSQL: () => Promise<void> },
  report: () => string,
): Promise<void> {
  for (const [database, part] of Object.entries(parts)) {
    try {
      await part();
    } catch (error) {
      outcome.failed = true;
      outcome.notes.push(`${database} aborted: ${errorText(error)}`);
    }
  }
  await runCleanups();
  process.stdout.write(`${report()}\n`);
  process.exitCode = outcome.failed ? 1 : 0;
}
