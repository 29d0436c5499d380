/**
 * First-paint bench (issue 11, item 8): the real server in a child process as `npm start` runs
 * it (the built web app from apps/web/dist, a temporary PGlite data folder with the demo), and
 * Debian's headless Chromium opening pages with an empty cache. Per page and network profile it
 * prints the median of several cold visits: bytes over the wire (compressed body bytes of JS,
 * CSS and everything, from the Resource Timing API), first contentful paint and the time until
 * the page's heading is on screen.
 *
 * Env: FIRST_PAINT_RUNS (5), FIRST_PAINT_PAGES (all; e.g. `/melden`), CHROMIUM_PATH (/usr/bin/chromium), WEB_DIST_DIR (the server's
 * default, apps/web/dist). Build the web app first (`npm run bench:first-paint` does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../apps/server/src/demo/demo-region';
import { cleanups, errorText, fmt, intFromEnv, loadAverageLine, log, runCleanups } from './support';

const RUNS = intFromEnv('FIRST_PAINT_RUNS', 5);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIST = process.env.WEB_DIST_DIR ?? join(ROOT, 'apps/web/dist');

/** The flags the e2e tests use for Debian's Chromium on this sandboxed machine. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

interface PageCase {
  label: string;
  path: string;
  /** Signed in (through the API, so no page assets are cached) as this demo user. */
  email?: string;
}

const ALL_PAGES: PageCase[] = [
  { label: '`/melden` (public report form)', path: '/melden' },
  { label: '`/meldpunt` (meldpunt operator, signed in)', path: '/meldpunt', email: 'meldpunt@ggd.demo.test' },
  { label: '`/monitor` (policy analyst, signed in; charts)', path: '/monitor', email: 'beleid@deventer.demo.test' },
];

/** FIRST_PAINT_PAGES=/melden,/monitor measures only those pages (all by default). */
const ONLY = process.env.FIRST_PAINT_PAGES?.split(',').filter(Boolean);
const PAGES = ONLY ? ALL_PAGES.filter((pageCase) => ONLY.includes(pageCase.path)) : ALL_PAGES;

interface NetworkProfile {
  label: string;
  /** Chrome DevTools throttling; null: loopback as is. */
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const PROFILES: NetworkProfile[] = [
  { label: 'loopback', conditions: null },
  // Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  {
    label: 'slow 4G (150 ms, 1.6 Mbit/s)',
    conditions: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
];

interface Visit {
  jsBytes: number;
  cssBytes: number;
  totalBytes: number;
  jsFiles: number;
  cssFiles: number;
  fcpMs: number;
  headingMs: number;
}

/** What the in-page functions below use of the page's globals (the bench is type-checked without the DOM library). */
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  performance: {
    now(): number;
    getEntriesByName(name: string): { startTime: number }[];
    getEntriesByType(type: string): { name: string; encodedBodySize: number }[];
  };
}

/** In the page: `performance.now()` once its h1 is there and no loading text is left, else false. */
function headingOnScreen(): number | false {
  const { document, performance } = globalThis as unknown as PageGlobals;
  return document.querySelector('main h1') && !document.querySelector('main .sp-loading') ? performance.now() : false;
}

/** In the page: first contentful paint and the compressed body bytes of the document and each resource. */
function pageTimings(): PageTimings {
  const { performance } = globalThis as unknown as PageGlobals;
  return {
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    documentBytes: performance.getEntriesByType('navigation')[0]?.encodedBodySize ?? 0,
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => ({ name: entry.name, bytes: entry.encodedBodySize })),
  };
}

interface PageTimings {
  fcpMs: number;
  documentBytes: number;
  resources: { name: string; bytes: number }[];
}

/** Start `src/main.ts` as its own process, as `npm run serve` does, and wait for its URL. */
async function startServerProcess(): Promise<{ child: ChildProcess; url: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'springplank-first-paint-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SPRINGPLANK_DEMO: 'true',
      SPRINGPLANK_DATA_DIR: dataDir,
      DATABASE_URL: '',
      WEB_DIST_DIR: WEB_DIST,
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    rmSync(dataDir, { recursive: true, force: true });
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
  return { child, url };
}

/** Sign a browser context in through the API: the session cookie without loading any page. */
async function signInContext(page: Page, baseUrl: string, email: string): Promise<void> {
  const response = await page.context().request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
  });
  if (response.status() !== 200) throw new Error(`sign-in ${email}: HTTP ${response.status()}`);
}

/** One visit in a fresh browser context (its own empty HTTP cache). */
async function visit(browser: Browser, baseUrl: string, pageCase: PageCase, profile: NetworkProfile): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    if (pageCase.email) await signInContext(page, baseUrl, pageCase.email);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.conditions) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.conditions });
    }
    await page.goto(`${baseUrl}${pageCase.path}`, { waitUntil: 'commit' });
    // The page is there when its h1 is: the report form, the queue, the dashboard (not a loading text).
    const headingMs = Number(
      await (await page.waitForFunction(headingOnScreen, undefined, { polling: 'raf', timeout: 60_000 })).jsonValue(),
    );
    await page.waitForLoadState('networkidle');
    const measured = await page.evaluate(pageTimings);
    let jsBytes = 0;
    let cssBytes = 0;
    let jsFiles = 0;
    let cssFiles = 0;
    let totalBytes = measured.documentBytes;
    for (const resource of measured.resources) {
      const path = new URL(resource.name).pathname;
      totalBytes += resource.bytes;
      if (path.endsWith('.js')) {
        jsBytes += resource.bytes;
        jsFiles += 1;
      } else if (path.endsWith('.css')) {
        cssBytes += resource.bytes;
        cssFiles += 1;
      }
    }
    return { jsBytes, cssBytes, totalBytes, jsFiles, cssFiles, fcpMs: measured.fcpMs, headingMs };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kB = (bytes: number): string => fmt(bytes / 1000, 1);

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`no built web app in ${WEB_DIST}: run \`npm run build:web\` first`);
  }
  const loadAtStart = loadavg()[0] ?? 0;
  log('starting the server (PGlite, demo)…');
  const { url } = await startServerProcess();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  cleanups.push(() => browser.close());
  const rows: string[] = [];
  for (const profile of PROFILES) {
    for (const pageCase of PAGES) {
      // One discarded visit: the server's own first-request work (compiling, caches) is not the browser's.
      await visit(browser, url, pageCase, profile);
      const visits: Visit[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const result = await visit(browser, url, pageCase, profile);
        log(
          `${profile.label} ${pageCase.path} run ${run}: FCP ${fmt(result.fcpMs)} ms, JS+CSS ${kB(result.jsBytes + result.cssBytes)} kB, all ${kB(result.totalBytes)} kB`,
        );
        visits.push(result);
      }
      const pick = (key: keyof Visit): number => median(visits.map((v) => v[key]));
      rows.push(
        `| ${pageCase.label} | ${profile.label} | ${kB(pick('jsBytes'))} (${pick('jsFiles')}) | ${kB(pick('cssBytes'))} (${pick('cssFiles')}) | ` +
          `**${kB(pick('jsBytes') + pick('cssBytes'))}** | ${kB(pick('totalBytes'))} | **${fmt(pick('fcpMs'))}** | ${fmt(pick('headingMs'))} |`,
      );
    }
  }
  const report = [
    '# First paint',
    '',
    `Median of ${RUNS} cold visits (fresh browser context, cache disabled) after one discarded visit; ` +
      `headless Chromium (${browser.version()}), server on PGlite with the demo, web app from \`${WEB_DIST}\`.`,
    'Bytes are compressed body bytes over the wire (Resource Timing `encodedBodySize`), kB = 1,000 bytes; ' +
      '(n) is the number of files. "Heading" is the time until the page\'s `h1` is on screen without a loading text.',
    '',
    '| Page | Network | JS kB | CSS kB | JS+CSS kB | All kB | FCP ms | Heading ms |',
    '| ---- | ------- | ----: | -----: | --------: | -----: | -----: | ---------: |',
    ...rows,
    '',
    loadAverageLine(loadAtStart),
  ].join('\n');
  process.stdout.write(`${report}\n`);
}

main()
  .catch((error: unknown) => {
    log(errorText(error));
    process.exitCode = 1;
  })
  .finally(() => void runCleanups());
