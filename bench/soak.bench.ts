/**
 * Soak bench (issue 10, "Done when"): the real server in a child process (`npm run serve`:
 * a temporary PGlite data folder, or DATABASE_URL when given), SOAK_MINUTES of mixed traffic
 * at a fixed rate — public reports, signed-in reads of lists and the monitor, triage
 * actions, and hostile requests and imports (NUL, bad quotes, year 0000, broken JSON) among
 * it. Prints requests, 5xx (target 0), latency p50/p99 and the server's RSS at minute 2 and
 * at the end (growth target under 20 %).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-region';
import { fmt, loadAverageLine, log, machine } from './support';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 10);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Sample {
  kind: string;
  status: number;
  ms: number;
}

/** Start `src/main.ts` as its own process (so its RSS is its own) and wait for its URL. */
async function startServerProcess(): Promise<{ child: ChildProcess; url: string; dataDir: string | null }> {
  const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'springplank-soak-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SPRINGPLANK_DEMO: 'true',
      WEB_DIST_DIR: '/nonexistent',
      ...(dataDir ? { SPRINGPLANK_DATA_DIR: dataDir } : {}),
      REPORT_RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      MONITOR_RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => log(`[server] ${chunk.trim().slice(0, 500)}`));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /draait op (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url, dataDir };
}

/** The server process's resident set size in MB (Linux /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** A signed-in session: cookie and CSRF token. */
async function signIn(url: string, email: string) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${email}: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((h) => h.split(';')[0] ?? '')
    .find((c) => c.startsWith('springplank_session='));
  return { cookie: cookie ?? '', csrfToken };
}

type Session = Awaited<ReturnType<typeof signIn>>;

const REPORT = {
  categories: ['confused_behaviour'],
  concern: 'Mijn buurman praat al dagen hardop tegen zichzelf en eet niet meer.',
  acuteDanger: false,
  subject: { name: 'Jan de Boer', address: 'Brink 10, Deventer', approximateAge: 54 },
  location: { municipalityCode: 'GM0150', address: 'Brink 10' },
  reporter: { kind: 'neighbour', name: 'Els', email: 'els@example.org', wantsFeedback: true },
  website: '',
};

const IMPORT_HEADER = 'person_ref,birth_date,municipality_code,bsn\n';
const HOSTILE_IMPORTS = [
  `${IMPORT_HEADER}P1,1990-05-01,GM0150,1112\u000022333\n`,
  `${IMPORT_HEADER}P1,1990-05-01,GM0150,"11"1222333 x\n`,
  `${IMPORT_HEADER}${'P'.repeat(9_000)},1990-05-01,GM0150,111222333\n`,
  `${IMPORT_HEADER}P1,0000-01-01,GM0150,111222333\n`,
];

/** The traffic mix: each entry a weight and a request. */
function trafficMix(url: string, sessions: Record<string, Session>, reportIds: string[]) {
  const send = async (
    method: string,
    path: string,
    session: Session | null,
    body?: string,
    contentType = 'application/json',
  ) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': contentType } : {}),
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      },
      body,
      // A request that hangs must not hang the bench: it counts as not answered.
      signal: AbortSignal.timeout(30_000),
    });
  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;
  const s = (name: string) => sessions[name] ?? null;
  return [
    { weight: 30, kind: 'public report', run: () => send('POST', '/api/v1/reports', null, JSON.stringify(REPORT)) },
    { weight: 8, kind: 'triage queue', run: () => send('GET', '/api/v1/triage/reports', s('meldpunt')) },
    { weight: 8, kind: 'cases list', run: () => send('GET', '/api/v1/cases', s('outreach')) },
    { weight: 6, kind: 'waitlist', run: () => send('GET', '/api/v1/waitlist', s('access')) },
    {
      weight: 6,
      kind: 'monitor dashboard',
      run: () => send('GET', '/api/v1/monitor/dashboard?date=2026-01-01&year=2025', s('policy')),
    },
    {
      weight: 10,
      kind: 'triage action',
      run: () =>
        reportIds.length
          ? send(
              'PATCH',
              `/api/v1/triage/reports/${pick(reportIds)}`,
              s('meldpunt'),
              JSON.stringify({ urgency: pick(['high', 'normal', 'low']) }),
            )
          : send('GET', '/api/v1/triage/reports', s('meldpunt')),
    },
    {
      weight: 4,
      kind: 'hostile import',
      run: () =>
        send(
          'POST',
          '/api/v1/imports?dryRun=true',
          s('admin'),
          JSON.stringify({ files: { 'persons.csv': pick(HOSTILE_IMPORTS) } }),
        ),
    },
    {
      weight: 8,
      kind: 'hostile input',
      run: () =>
        pick([
          () => send('POST', '/api/v1/reports', null, JSON.stringify({ ...REPORT, subject: { name: 'a\u0000b' } })),
          () => send('POST', '/api/v1/reports', null, '{"concern":'),
          () => send('GET', '/api/v1/access/persons?birthDate=0000-01-01', s('access')),
          () => send('GET', `/api/v1/cases/${'a'.repeat(500)}`, s('outreach')),
          () => send('GET', '/api/v1/cases/%E0%A4%A', s('outreach')),
          () => send('POST', '/api/v1/reports', null, 'x', 'text/plain'),
        ])(),
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  log(
    `soak: ${MINUTES} min at ${RATE} req/s on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (temporary folder)'}`,
  );
  const loadAtStart = loadavg()[0] ?? 0;
  const { child, url, dataDir } = await startServerProcess();
  const pid = child.pid ?? 0;
  try {
    const sessions: Record<string, Session> = {
      meldpunt: await signIn(url, 'meldpunt@ggd.demo.test'),
      outreach: await signIn(url, 'bemoeizorg@dor.demo.test'),
      access: await signIn(url, 'toegang@deventer.demo.test'),
      policy: await signIn(url, 'beleid@deventer.demo.test'),
      admin: await signIn(url, 'beheer@deventer.demo.test'),
    };
    const queue = (await (
      await fetch(`${url}/api/v1/triage/reports?pageSize=200`, { headers: { cookie: sessions.meldpunt?.cookie ?? '' } })
    ).json()) as {
      items?: { id: string }[];
    };
    const reportIds = (queue.items ?? []).map((item) => item.id);
    const mix = trafficMix(url, sessions, reportIds);
    const totalWeight = mix.reduce((sum, m) => sum + m.weight, 0);
    const samples: Sample[] = [];
    const fiveXx: string[] = [];
    let failed = 0;
    const notAnswered = new Map<string, number>();
    let rssAtMinute2: number | null = null;
    const rssStart = rssMb(pid);
    const started = Date.now();
    const end = started + MINUTES * 60_000;
    const inFlight = new Set<Promise<void>>();
    let nextAt = started;
    let lastProgress = started;
    while (Date.now() < end) {
      let roll = Math.random() * totalWeight;
      const entry = mix.find((m) => (roll -= m.weight) < 0) ?? mix[0];
      if (!entry) break;
      const t0 = performance.now();
      const request: Promise<void> = entry
        .run()
        .then(async (response) => {
          const body = await response.text();
          samples.push({ kind: entry.kind, status: response.status, ms: performance.now() - t0 });
          if (response.status >= 500) fiveXx.push(`${entry.kind}: ${response.status} ${body.slice(0, 200)}`);
        })
        .catch((error: unknown) => {
          failed += 1;
          notAnswered.set(entry.kind, (notAnswered.get(entry.kind) ?? 0) + 1);
          const cause =
            error instanceof Error && error.cause
              ? ` (${error.cause instanceof Error ? error.cause.message : JSON.stringify(error.cause)})`
              : '';
          if (failed <= 5) log(`request failed (${entry.kind}): ${String(error)}${cause}`);
        })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
      if (rssAtMinute2 === null && Date.now() - started >= 120_000) rssAtMinute2 = rssMb(pid);
      if (Date.now() - lastProgress >= 30_000) {
        lastProgress = Date.now();
        log(
          `  ${Math.round((Date.now() - started) / 1000)} s: ${samples.length} answered, ${fiveXx.length} 5xx, RSS ${fmt(rssMb(pid))} MB`,
        );
      }
      nextAt += 1000 / RATE;
      const wait = nextAt - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    await Promise.all(inFlight);
    const rssEnd = rssMb(pid);
    const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
    const byKind = new Map<string, Sample[]>();
    for (const sample of samples) byKind.set(sample.kind, [...(byKind.get(sample.kind) ?? []), sample]);
    const growth = rssAtMinute2 ? ((rssEnd - rssAtMinute2) / rssAtMinute2) * 100 : null;
    const lines = [
      `# Soak: ${MINUTES} min at ${RATE} req/s (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`,
      '',
      machine(),
      '',
      loadAverageLine(loadAtStart),
      '',
      `- requests answered: ${fmt(samples.length)} (not answered / network errors: ${failed})`,
      `- 5xx: **${fiveXx.length}** (target 0)`,
      `- latency p50 ${fmt(percentile(latencies, 50), 1)} ms, p99 ${fmt(percentile(latencies, 99), 1)} ms`,
      `- server RSS: ${fmt(rssStart)} MB at start, ${rssAtMinute2 === null ? 'n/a' : `${fmt(rssAtMinute2)} MB`} at minute 2, ${fmt(rssEnd)} MB at minute ${MINUTES}` +
        (growth === null ? '' : ` — growth ${fmt(growth, 1)} % (target under 20 %)`),
      '',
      '| traffic | requests | status codes | p50 ms | p99 ms |',
      '| --- | ---: | --- | ---: | ---: |',
      ...[...byKind.entries()].map(([kind, list]) => {
        const ms = list.map((s) => s.ms).sort((a, b) => a - b);
        const codes = new Map<number, number>();
        for (const s of list) codes.set(s.status, (codes.get(s.status) ?? 0) + 1);
        const codeText = [...codes.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([c, n]) => `${c}×${n}`)
          .join(', ');
        return `| ${kind} | ${list.length} | ${codeText} | ${fmt(percentile(ms, 50), 1)} | ${fmt(percentile(ms, 99), 1)} |`;
      }),
      ...(failed ? ['', `not answered: ${[...notAnswered.entries()].map(([k, n]) => `${k} ×${n}`).join(', ')}`] : []),
      ...(fiveXx.length ? ['', '5xx answers (first 10):', ...fiveXx.slice(0, 10).map((f) => `- ${f}`)] : []),
    ];
    console.log(lines.join('\n'));
    process.exitCode = fiveXx.length > 0 || failed > 0 || (growth !== null && growth >= 20) ? 1 : 0;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
