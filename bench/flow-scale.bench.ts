/**
 * Benchmark: how many persons the waiting list and the occupancy board handle before their
 * page takes over 300 ms, on PGlite and on PostgreSQL.
 *
 * The server runs in this process with the demo region. A seeded generator grows the demo
 * region step by step (1k, 2k, 5k, … persons): every generated person has an open
 * waiting-list entry (BW, beschut wonen or Housing First, listed in the last two years, with
 * a priority) and a current stay at one of N/10 generated provider locations, each with
 * capacity for its service. After each step the access officer's page requests are timed:
 * `GET /api/v1/waitlist` (the whole open list, as /wachtlijst loads it) and
 * `GET /api/v1/occupancy` (the board of /capaciteit): 2 warm-up requests, then the median
 * and slowest of 7. The run stops growing when both pages are over the limit, or at the
 * largest step. The report names the largest size under 300 ms per page and database.
 *
 * Env: BENCH_FLOW_MAX (200000) the largest step; BENCH_DATABASE_URL as in support.ts.
 * Exits non-zero when a request fails or a step goes wrong.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { RunningServer } from '../apps/server/src/server';
import {
  cleanups,
  createThrowawayDatabase,
  errorText,
  fmt,
  intFromEnv,
  log,
  machine,
  runBenchParts,
  type BenchOutcome,
  serverEnv,
  timedStart,
  signIn,
} from './support';

const LIMIT_MS = 300;
const MAX_PERSONS = intFromEnv('BENCH_FLOW_MAX', 200_000);
const STEPS = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000].filter((n) => n <= MAX_PERSONS);
const PAGES = [
  { name: 'waiting list (/wachtlijst)', path: '/api/v1/waitlist' },
  { name: 'occupancy board (/capaciteit)', path: '/api/v1/occupancy' },
] as const;
const OFFICER = 'toegang@deventer.demo.test';

interface Timing {
  database: string;
  persons: number;
  page: string;
  medianMs: number;
  maxMs: number;
  bytes: number;
}

const outcome: BenchOutcome = { failed: false, notes: [] };
const timings: Timing[] = [];

/**
 * Grow the demo region to `target` generated persons, each with an open waiting-list entry
 * and a current stay at a generated location. Deterministic: the n-th person is always the
 * same, so both databases get the same data.
 */
async function growTo(server: RunningServer, from: number, target: number): Promise<void> {
  const db = server.database.db;
  const count = target - from;
  if (count <= 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into persons (region_id, given_name, family_name, birth_date, municipality_id, source_ref)
      select r.id, 'Bench', 'Persoon ' || g, date '1960-01-01' + (g * 37 % 15000),
        (select m.id from municipalities m where m.region_id = r.id order by m.code offset (g % 5) limit 1),
        'bench-' || g
      from regions r, generate_series(${from + 1}::int, ${target}::int) g
      where r.slug = 'midden-ijssel'`);
    await tx.execute(sql`
      insert into waitlist_entries (region_id, person_id, service, listed_on, priority)
      select p.region_id, p.id,
        (array['beschermd_wonen','beschut_wonen','housing_first'])[1 + g % 3]::service_code,
        current_date - (g * 13 % 730), (array['urgent','high','normal','normal'])[1 + g % 4]::waitlist_priority
      from persons p join lateral (select substring(p.source_ref from 7)::int as g) s on true
      where p.source_ref like 'bench-%' and s.g between ${from + 1} and ${target}`);
    // One location per ten persons, spread over the demo providers, each with capacity.
    await tx.execute(sql`
      insert into locations (region_id, organisation_id, municipality_id, name, address)
      select o.region_id, o.id,
        (select m.id from municipalities m where m.region_id = o.region_id order by m.code offset (g % 5) limit 1),
        'Benchlocatie ' || g, 'Benchstraat ' || g
      from generate_series(${Math.floor(from / 10) + 1}::int, ${Math.floor(target / 10)}::int) g
      join lateral (select * from organisations o where o.kind = 'provider' order by o.name offset (g % 3) limit 1) o on true`);
    await tx.execute(sql`
      insert into capacity_changes (region_id, location_id, service, places, valid_from)
      select l.region_id, l.id,
        (array['beschermd_wonen','beschut_wonen','nachtopvang'])[1 + g % 3]::service_code, 12, date '2020-01-01'
      from locations l join lateral (select substring(l.name from 14)::int as g) s on true
      where l.name like 'Benchlocatie %' and s.g between ${Math.floor(from / 10) + 1} and ${Math.floor(target / 10)}`);
    await tx.execute(sql`
      insert into stays (region_id, person_id, service, organisation_id, location_id, started_on)
      select p.region_id, p.id, c.service, l.organisation_id, l.id, current_date - (s.g * 7 % 400)
      from persons p
      join lateral (select substring(p.source_ref from 7)::int as g) s on true
      join locations l on l.name = 'Benchlocatie ' || greatest(1, (s.g + 9) / 10)
      join capacity_changes c on c.location_id = l.id
      where p.source_ref like 'bench-%' and s.g between ${from + 1} and ${target}`);
  });
}

/** Time one page request: two warm-ups, then median and slowest of seven. */
async function timePage(
  baseUrl: string,
  cookie: string,
  path: string,
): Promise<{ median: number; max: number; bytes: number }> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    return { ms: performance.now() - started, bytes: body.byteLength };
  };
  await once();
  await once();
  const runs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < 7; i++) runs.push(await once());
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { median: sorted[3]!, max: sorted[6]!, bytes: runs[0]!.bytes };
}

/** Grow and measure on one database until both pages are over the limit. */
async function measure(database: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { server } = await timedStart(env);
  cleanups.push(() => server.stop());
  try {
    const cookie = await signIn(server.url, OFFICER);
    let persons = 0;
    const over = new Set<string>();
    for (const step of STEPS) {
      const started = performance.now();
      await growTo(server, persons, step);
      persons = step;
      log(`${database}: ${fmt(step)} persons generated in ${fmt(performance.now() - started)} ms`);
      for (const page of PAGES) {
        if (over.has(page.name)) continue;
        const t = await timePage(server.url, cookie, page.path);
        timings.push({ database, persons: step, page: page.name, medianMs: t.median, maxMs: t.max, bytes: t.bytes });
        log(`${database}: ${page.name} at ${fmt(step)}: median ${fmt(t.median, 1)} ms`);
        if (t.median > LIMIT_MS) over.add(page.name);
      }
      if (over.size === PAGES.length) break;
    }
  } finally {
    await server.stop();
    cleanups.pop();
  }
}

function report(): string {
  const lines = [
    '# Flow scale: waiting list and occupancy board',
    '',
    machine(),
    `Limit: ${LIMIT_MS} ms median per page request (access officer, whole region).`,
    '',
    '| database | page | persons | median ms | slowest ms | response kB |',
    '|---|---|---:|---:|---:|---:|',
    ...timings.map(
      (t) =>
        `| ${t.database} | ${t.page} | ${fmt(t.persons)} | ${fmt(t.medianMs, 1)} | ${fmt(t.maxMs, 1)} | ${fmt(t.bytes / 1024)} |`,
    ),
    '',
    '## Largest size under the limit',
    '',
  ];
  for (const database of ['PGlite', 'PostgreSQL']) {
    for (const page of PAGES) {
      const rows = timings.filter((t) => t.database === database && t.page === page.name);
      if (rows.length === 0) continue;
      const under = rows.filter((t) => t.medianMs <= LIMIT_MS);
      const largest = under.at(-1)?.persons;
      const firstOver = rows.find((t) => t.medianMs > LIMIT_MS)?.persons;
      lines.push(
        `- ${database}, ${page.name}: ${largest ? fmt(largest) : 'none'} persons under ${LIMIT_MS} ms` +
          (firstOver ? ` (over at ${fmt(firstOver)})` : ` (the largest step measured)`),
      );
    }
  }
  if (outcome.notes.length > 0) lines.push('', '## Notes', '', ...outcome.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

await runBenchParts(
  outcome,
  {
    PGlite: async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'springplank-bench-flow-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      await measure('PGlite', serverEnv({ dataDir }, {}));
    },
    PostgreSQL: async () => {
      const database = await createThrowawayDatabase();
      if ('skipped' in database) {
        outcome.notes.push(database.skipped);
        return;
      }
      await measure('PostgreSQL', serverEnv({ url: database.url }, {}));
    },
  },
  report,
).catch((error: unknown) => {
  log(errorText(error));
  process.exitCode = 1;
});
