/**
 * Benchmark: public report intake (POST /api/v1/reports), on PGlite and on PostgreSQL.
 *
 * For each database the server is started in this process (demo loaded, logging off, report rate
 * limit out of the way) and autocannon (in a child process) posts a valid report with a unique
 * Idempotency-Key per request, so every request stores a new report and must answer 201.
 * After the load the server is stopped (in-flight requests finish) and the rows added to `reports`
 * are compared with the 201 answers: every report acknowledged must be stored.
 *
 * Baseline: the same row inserted with a plain single-row INSERT by the same driver into
 * `bench_reports` (the columns of `reports`, a primary key, no other index or constraint), by as
 * many concurrent async workers as autocannon has connections, for the same duration:
 *   - PostgreSQL: postgres.js with `max: 10`, the server's pool size;
 *   - PGlite: one PGlite instance on the same data folder (a single connection).
 * The report gives intake req/s ÷ plain INSERT/s (target on PostgreSQL ≥ 0.35), the CPU time of
 * this process per request / insert, and whether the PostgreSQL target (≥ 500 reports/s with
 * p99 < 150 ms) is met.
 *
 * Env: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (50),
 *      BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres; a throwaway database is
 *      created on it and dropped at the end; PostgreSQL is skipped when the server does not answer).
 * Exits non-zero when any request failed (anything but 201, errors, timeouts), a stored-row count
 * does not match, or a step went wrong.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { RunningServer } from '../apps/server/src/server';
import { reportInput } from '../apps/server/src/test/report-factories';
import {
  autocannon,
  type AutocannonResult,
  cleanups,
  createThrowawayDatabase,
  errorText,
  fmt,
  intFromEnv,
  loadAverageLine,
  log,
  machine,
  runBenchParts,
  type BenchOutcome,
  serverEnv,
  statusCodes,
  timedStart,
} from './support';

const SECONDS = intFromEnv('BENCH_SECONDS', 10);
const WARMUP_SECONDS = intFromEnv('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 50);
/** The issue's target for PostgreSQL. */
const TARGET = { reportsPerSecond: 500, p99Ms: 150 };
/** Issue 9: intake req/s at least this share of the plain INSERT rate on PostgreSQL. */
const RATIO_TARGET = 0.35;
/** postgres.js pool size of the baseline: the server's own default (db/client.ts). */
const BASELINE_POOL = 10;

const PATH = '/api/v1/reports';
const BODY = JSON.stringify(reportInput());
const HEADERS = { 'content-type': 'application/json', 'x-report-source': 'web-form' };

type DatabaseName = 'PGlite' | 'PostgreSQL';

interface Intake {
  database: DatabaseName;
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  /** Answers other than 201 (a 200 would be an idempotent replay: the key was not unique). */
  non201: number;
  errors: number;
  timeouts: number;
  statusCodes: string;
  /** CPU time of this process (the server; on PGlite also the database) per completed request, µs. */
  cpuMicros: number;
}

interface Baseline {
  database: DatabaseName;
  label: string;
  insertsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time of this process (the driver; on PGlite also the database) per insert, µs. */
  cpuMicros: number;
}

interface Durability {
  database: DatabaseName;
  /** 201 answers: route check, warm-up and measured run. */
  created: number;
  /** Requests autocannon wrote, answered or not (the run's end cuts some off mid-flight). */
  sent: number;
  /** Rows added to `reports` once the server stopped. */
  rows: number;
  ok: boolean;
}

const loadAtStart = loadavg()[0] ?? 0;
const intakes: Intake[] = [];
const baselines: Baseline[] = [];
const durability: Durability[] = [];
const outcome: BenchOutcome = { failed: false, notes: [] };
const { notes } = outcome;

function intakeEnv(database: { dataDir: string } | { url: string }): NodeJS.ProcessEnv {
  return serverEnv(database, { REPORT_RATE_LIMIT_PER_MINUTE: '100000000' });
}

/** Rows in `reports`, through the server's own connection. */
async function countThroughServer(server: RunningServer): Promise<number> {
  const [row] = await server.database.rawTransaction((raw) =>
    raw.query<{ n: number }>('select count(*)::int as n from reports'),
  );
  return row?.n ?? 0;
}

/** One report before the load, so a broken route fails loudly instead of as a fast 4xx. */
async function checkRoute(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}${PATH}`, {
    method: 'POST',
    headers: { ...HEADERS, 'idempotency-key': `bench-check-${randomBytes(8).toString('hex')}` },
    body: BODY,
  });
  const body = await response.text();
  if (response.status !== 201)
    throw new Error(`POST ${PATH} answered HTTP ${response.status} before the load: ${body}`);
  if (!body.includes('"reference"')) throw new Error(`POST ${PATH} answered 201 without a receipt: ${body}`);
}

function intakeLoad(url: string, seconds: number): Promise<AutocannonResult> {
  const args = ['-m', 'POST', '-b', BODY, '-I'];
  for (const [name, value] of Object.entries(HEADERS)) args.push('-H', `${name}:${value}`);
  // `-I` replaces [<id>] anywhere in the request, headers included, with a new id per request.
  // The value must not end in `]`: autocannon's argument parser (subarg) would take it for a
  // sub-argument list.
  args.push('-H', 'idempotency-key:bench-[<id>]-k', url);
  return autocannon(CONNECTIONS, seconds, args);
}

function created(result: AutocannonResult): number {
  return result.statusCodeStats['201']?.count ?? 0;
}

/**
 * Warm up, then measure intake against a running server. Returns the 201 answers and requests
 * sent (both runs and the route check) for the durability check.
 */
async function measureIntake(
  database: DatabaseName,
  server: RunningServer,
): Promise<{ created: number; sent: number }> {
  await checkRoute(server.url);
  const url = `${server.url}${PATH}`;
  log(`  ${database}: POST ${PATH} — warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s`);
  const warmup = await intakeLoad(url, WARMUP_SECONDS);
  const warmupOther = warmup.requests.total - created(warmup);
  if (warmupOther > 0 || warmup.errors > 0 || warmup.timeouts > 0) {
    outcome.failed = true;
    notes.push(
      `${database} intake: the warm-up had ${warmupOther} answers other than 201 (${statusCodes(warmup) || 'none'}), ` +
        `${warmup.errors} errors, ${warmup.timeouts} timeouts`,
    );
  }
  // The bench's own code waits for autocannon meanwhile: this process's CPU time is the server's.
  const cpuBefore = process.cpuUsage();
  const result = await intakeLoad(url, SECONDS);
  const m: Intake = {
    cpuMicros: cpuPerOperation(process.cpuUsage(cpuBefore), result.requests.total),
    database,
    requestsPerSecond: result.requests.total / result.duration,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non201: result.requests.total - created(result),
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: statusCodes(result),
  };
  if (m.non201 > 0 || m.errors > 0 || m.timeouts > 0 || m.total === 0) {
    outcome.failed = true;
    notes.push(`${database} intake: failed requests (status codes: ${m.statusCodes || 'none'})`);
  }
  intakes.push(m);
  return {
    created: 1 + created(warmup) + created(result),
    sent: 1 + warmup.requests.sent + result.requests.sent,
  };
}

/** Every acknowledged report is stored, and nothing is stored that was not sent. */
function checkDurability(database: DatabaseName, counts: { created: number; sent: number }, rows: number): void {
  const ok = rows >= counts.created && rows <= counts.sent;
  durability.push({ database, ...counts, rows, ok });
  if (!ok) {
    outcome.failed = true;
    notes.push(
      `${database}: ${fmt(rows)} rows were added to reports for ${fmt(counts.created)} answers 201 ` +
        `(${fmt(counts.sent)} requests sent): ${rows < counts.created ? 'acknowledged reports are missing' : 'more rows than requests'}`,
    );
  }
}

/** CPU time (user + system, µs) per operation. */
function cpuPerOperation(used: NodeJS.CpuUsage, operations: number): number {
  return operations > 0 ? (used.user + used.system) / operations : 0;
}

/** p-th percentile (0–1) of the sorted values, nearest rank. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** `workers` async loops calling `insert` until `seconds` have passed; throughput and latency. */
async function insertLoad(
  seconds: number,
  insert: () => Promise<unknown>,
): Promise<{
  perSecond: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
  firstError: unknown;
  cpuMicros: number;
}> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown = null;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await insert();
          latencies.push(performance.now() - t);
        } catch (error) {
          errors += 1;
          firstError ??= error;
          if (errors > 100) return;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuMicros = cpuPerOperation(process.cpuUsage(cpuBefore), latencies.length);
  const sorted = Float64Array.from(latencies).sort();
  return {
    perSecond: latencies.length / elapsed,
    total: latencies.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors,
    firstError,
    cpuMicros,
  };
}

/** A report row as intake stored it, with what must differ per report made new. */
function freshRow<T extends Record<string, unknown>>(template: T, n: number): T {
  return {
    ...template,
    id: randomUUID(),
    reference: `B-${n.toString(36).toUpperCase().padStart(9, '0')}`,
    status_token_hash: randomBytes(32).toString('hex'),
    idempotency_key: `bench-insert-${n}`,
    received_at: new Date(),
  };
}

const BARE_TABLE = [
  'create table bench_reports (like reports including defaults)',
  'alter table bench_reports add primary key (id)',
];
const TEMPLATE_QUERY = "select * from reports where idempotency_key like 'bench-%' limit 1";

/** Warm up, then measure the plain INSERT; record it and flag failures. */
async function measureBaseline(
  database: DatabaseName,
  label: string,
  insert: () => Promise<unknown>,
  countRows: () => Promise<number>,
): Promise<void> {
  log(`  ${database}: ${label} — warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s`);
  const warmup = await insertLoad(WARMUP_SECONDS, insert);
  const result = await insertLoad(SECONDS, insert);
  baselines.push({ database, label, insertsPerSecond: result.perSecond, ...result });
  const problems = warmup.errors + result.errors;
  if (problems > 0) {
    outcome.failed = true;
    notes.push(
      `${database} ${label}: ${problems} inserts failed; first: ${errorText(warmup.firstError ?? result.firstError)}`,
    );
  }
  const rows = await countRows();
  if (rows !== warmup.total + result.total) {
    outcome.failed = true;
    notes.push(`${database} ${label}: bench_reports has ${rows} rows for ${warmup.total + result.total} inserts`);
  }
}

async function benchPglite(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'springplank-bench-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const dataDir = join(root, 'pglite');

  log('PGlite: start on an empty data folder');
  const { server } = await timedStart(intakeEnv({ dataDir }));
  let counts: { created: number; sent: number };
  let before: number;
  try {
    if (!server.demoLoaded) throw new Error('PGlite: the demo was not loaded on the empty data folder');
    before = await countThroughServer(server);
    counts = await measureIntake('PGlite', server);
  } finally {
    await server.stop();
  }

  // The server is stopped (in-flight requests finished); open the data folder directly.
  const pg = new PGlite(dataDir);
  try {
    await pg.waitReady;
    const count = async (table: string) =>
      (await pg.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n ?? 0;
    checkDurability('PGlite', counts, (await count('reports')) - before);

    for (const statement of BARE_TABLE) await pg.exec(statement);
    const template = (await pg.query<Record<string, unknown>>(TEMPLATE_QUERY)).rows[0];
    if (!template) throw new Error('PGlite: no report stored by the load to copy');
    const columns = Object.keys(template);
    const text =
      `insert into bench_reports (${columns.map((c) => `"${c}"`).join(', ')}) ` +
      `values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
    let n = 0;
    await measureBaseline(
      'PGlite',
      'plain INSERT (PGlite, one connection)',
      () => {
        const row = freshRow(template, (n += 1));
        return pg.query(
          text,
          columns.map((c) => row[c]),
        );
      },
      () => count('bench_reports'),
    );
  } finally {
    await pg.close();
  }
}

async function benchPostgres(): Promise<void> {
  const database = await createThrowawayDatabase();
  if ('skipped' in database) {
    notes.push(database.skipped);
    return;
  }
  try {
    const sql = postgres(database.url, { max: BASELINE_POOL, onnotice: () => undefined });
    try {
      log(`PostgreSQL: start on the empty database ${database.name}`);
      const { server } = await timedStart(intakeEnv({ url: database.url }));
      let counts: { created: number; sent: number };
      let before: number;
      try {
        if (!server.demoLoaded) throw new Error('PostgreSQL: the demo was not loaded on the empty database');
        before = await countThroughServer(server);
        counts = await measureIntake('PostgreSQL', server);
      } finally {
        await server.stop();
      }
      const count = async (table: string) =>
        (await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;
      checkDurability('PostgreSQL', counts, (await count('reports')) - before);

      for (const statement of BARE_TABLE) await sql.unsafe(statement);
      const [template] = await sql.unsafe<postgres.Row[]>(TEMPLATE_QUERY);
      if (!template) throw new Error('PostgreSQL: no report stored by the load to copy');
      const columns = Object.keys(template);
      let n = 0;
      await measureBaseline(
        'PostgreSQL',
        `plain INSERT (postgres.js, max ${BASELINE_POOL})`,
        () => sql`insert into bench_reports ${sql(freshRow(template, (n += 1)), columns)}`,
        () => count('bench_reports'),
      );
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await database.drop();
  }
}

function report(): string {
  const lines: string[] = [];
  lines.push('# Springplank: public intake benchmark', '');
  lines.push(
    `${machine()}; ${CONNECTIONS} connections (intake) / concurrent workers (plain INSERT), ` +
      `${SECONDS} s per case after ${WARMUP_SECONDS} s warm-up, loopback. ` +
      `Intake: \`POST ${PATH}\`, a valid report, a unique Idempotency-Key per request; latency in whole ms ` +
      '(autocannon). Plain INSERT: the same row into a table with only a primary key; latency measured ' +
      'in-process (0.1 ms). req/s = completed requests ÷ duration. CPU/op: CPU time (user + system) of the ' +
      'bench process per completed request or insert during the measured run — the server (intake) or the ' +
      'driver (plain INSERT), on PGlite including the database, which runs in the same thread; PostgreSQL ' +
      'server processes and autocannon are not counted.',
    '',
  );
  lines.push(loadAverageLine(loadAtStart), '');

  lines.push('## Throughput and latency', '');
  lines.push('| Database | Case | req/s | p50 (ms) | p99 (ms) | CPU/op (µs) | requests | non-201 | errors |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const database of ['PGlite', 'PostgreSQL'] as const) {
    for (const m of intakes.filter((i) => i.database === database)) {
      const errors = m.timeouts > 0 ? `${m.errors} (${m.timeouts} timeouts)` : String(m.errors);
      lines.push(
        `| ${m.database} | POST ${PATH} | ${fmt(m.requestsPerSecond)} | ${fmt(m.p50)} | ${fmt(m.p99)} | ` +
          `${fmt(m.cpuMicros)} | ${fmt(m.total)} | ${m.non201} | ${errors} |`,
      );
    }
    for (const b of baselines.filter((i) => i.database === database)) {
      lines.push(
        `| ${b.database} | ${b.label} | ${fmt(b.insertsPerSecond)} | ${fmt(b.p50, 1)} | ${fmt(b.p99, 1)} | ` +
          `${fmt(b.cpuMicros)} | ${fmt(b.total)} | – | ${b.errors} |`,
      );
    }
  }
  lines.push('');

  lines.push('## Intake ÷ plain INSERT', '');
  lines.push('| Database | intake req/s | plain INSERT/s | intake ÷ INSERT |');
  lines.push('|---|---:|---:|---:|');
  for (const m of intakes) {
    const b = baselines.find((x) => x.database === m.database);
    if (!b) continue;
    lines.push(
      `| ${m.database} | ${fmt(m.requestsPerSecond)} | ${fmt(b.insertsPerSecond)} | ` +
        `${fmt(m.requestsPerSecond / b.insertsPerSecond, 3)} |`,
    );
  }
  const lite = intakes.find((m) => m.database === 'PGlite');
  const pg = intakes.find((m) => m.database === 'PostgreSQL');
  if (lite && pg) {
    lines.push('', `Intake PGlite ÷ PostgreSQL: ${fmt(lite.requestsPerSecond / pg.requestsPerSecond, 3)}.`);
  }
  const pgBaseline = baselines.find((b) => b.database === 'PostgreSQL');
  if (pg && pgBaseline) {
    const ratio = pg.requestsPerSecond / pgBaseline.insertsPerSecond;
    lines.push(
      '',
      `Target on PostgreSQL, intake ÷ plain INSERT ≥ ${fmt(RATIO_TARGET, 2)}: ` +
        `${ratio >= RATIO_TARGET ? '**met**' : '**not met**'} (${fmt(ratio, 3)}).`,
    );
  }
  lines.push('');

  lines.push('## Durability (rows added to `reports` after the server stopped)', '');
  lines.push('| Database | 201 answers | rows added | requests sent | every 201 stored |');
  lines.push('|---|---:|---:|---:|---|');
  for (const d of durability) {
    lines.push(`| ${d.database} | ${fmt(d.created)} | ${fmt(d.rows)} | ${fmt(d.sent)} | ${d.ok ? 'yes' : '**no**'} |`);
  }
  lines.push(
    '',
    'Rows beyond the 201 answers are requests autocannon sent but stopped waiting for when its run ended; ' +
      'the server finished them before it stopped.',
    '',
  );

  lines.push(`## Target on PostgreSQL: ≥ ${TARGET.reportsPerSecond} reports/s with p99 < ${TARGET.p99Ms} ms`, '');
  if (!pg) {
    lines.push('Not measured (no PostgreSQL run).');
  } else {
    const met = pg.requestsPerSecond >= TARGET.reportsPerSecond && pg.p99 < TARGET.p99Ms && pg.non201 === 0;
    lines.push(
      `${met ? '**Met**' : '**Not met**'}: ${fmt(pg.requestsPerSecond)} reports/s, p99 ${fmt(pg.p99)} ms ` +
        `at ${CONNECTIONS} connections.`,
    );
  }
  lines.push('');

  if (notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of notes) lines.push(`- ${note}`);
    lines.push('');
  }
  lines.push(
    outcome.failed
      ? '**FAILED**: some requests or inserts did not succeed, or rows are missing (see above).'
      : 'All intake requests answered 201 and every one was stored.',
  );
  return lines.join('\n');
}

await runBenchParts(outcome, { PGlite: benchPglite, PostgreSQL: benchPostgres }, report);
