/**
 * Benchmark: bulk import (IMPORT.md) and indicators (INDICATORS.md) at national scale, on
 * PGlite and on PostgreSQL. See bench/README.md § national.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type DatabaseHandle } from '../../apps/server/src/db/client';
import { migrate } from '../../apps/server/src/db/migrate';
import { runImportCommand } from '../../apps/server/src/cli/import-command';
import { computeIndicators, computeIndicatorSeries } from '../../apps/server/src/modules/indicators/indicator-engine';
import {
  cleanups,
  createThrowawayDatabase,
  fmt,
  loadAverageLine,
  log,
  machine,
  runBenchParts,
  type BenchOutcome,
} from '../support';
import { checkpoint, indexedCopyFloor, rawCopyFloor } from './floor';
import { benchRegions, generateNational, type GeneratedCounts } from './generate';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    databases: { type: 'string', default: 'pglite,postgres' },
    data: { type: 'string' },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0 && scale <= 1) || !Number.isInteger(seed))
  throw new Error('--scale must be in (0, 1], --seed an integer');
const databases = new Set(values.databases.split(',').map((d) => d.trim().toLowerCase()));

const ONE_REGION = 'midden-ijssel';
const PEILDATUM = '2026-01-01';
const YEAR = 2025;
const SWEEP_DATES = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-01`);
const TARGETS = { indexedRatio: 2, bareRatio: 4, oneRegionMs: 250, sweepMs: 10_000 };

interface Figures {
  floorMs: number;
  indexedFloorMs: number;
  /** The whole import: 43 runs, each validate + COPY + merge, commit, then ANALYZE. */
  importMs: number;
  /** Of importMs: the ANALYZE after each run's commit (issue 9 part 1), which the floors do not do. */
  statisticsMs: number;
  reimportMs: number;
  rows: number;
  oneRegionMs: number;
  sweepMs: number;
}

const figures: Partial<Record<'PGlite' | 'PostgreSQL', Figures>> = {};
const outcome: BenchOutcome = { failed: false, notes: [] };
const loadAtStart = loadavg()[0] ?? 0;
let dataset: GeneratedCounts;
let generateMs = 0;

/** The dataset folder: generated once per scale and seed (a marker file records what is in it). */
async function prepareDataset(): Promise<string> {
  const root = values.data ?? join(tmpdir(), `springplank-national-${scale}-${seed}`);
  const marker = join(root, 'dataset.json');
  if (existsSync(marker)) {
    dataset = JSON.parse(readFileSync(marker, 'utf8')) as GeneratedCounts;
    log(`dataset: reusing ${root}`);
    return root;
  }
  mkdirSync(root, { recursive: true });
  log(`dataset: generating scale ${scale}, seed ${seed} into ${root}`);
  const started = performance.now();
  dataset = await generateNational(root, scale, seed);
  generateMs = performance.now() - started;
  writeFileSync(marker, JSON.stringify(dataset));
  return root;
}

async function createBenchRegions(database: DatabaseHandle): Promise<void> {
  await database.rawTransaction(async (raw) => {
    for (const region of benchRegions().slice(1)) {
      const [row] = await raw.query<{ id: string }>('INSERT INTO regions (slug, name) VALUES ($1, $2) RETURNING id', [
        region.slug,
        region.name,
      ]);
      for (const [index, code] of region.codes.entries()) {
        await raw.query('INSERT INTO municipalities (region_id, code, name) VALUES ($1, $2, $3)', [
          row!.id,
          code,
          `${region.name} gemeente ${index + 1}`,
        ]);
      }
    }
  });
}

async function measure(database: DatabaseHandle, postgresUrl: string | null, root: string): Promise<Figures> {
  await migrate(database);
  await createBenchRegions(database);
  const regions = benchRegions();
  const folders = regions.map((region) => join(root, region.slug));
  log('  raw COPY into bare tables (the floor)…');
  const floorMs = await rawCopyFloor(database, postgresUrl, folders);
  log(`  floor: ${fmt(floorMs)} ms`);
  log('  COPY, ids resolved, into the indexed tables (the indexed floor)…');
  const indexedFloorMs = await indexedCopyFloor(database, postgresUrl, regions, folders);
  log(`  indexed floor: ${fmt(indexedFloorMs)} ms`);
  await checkpoint(database);
  let rows = 0;
  let statisticsMs = 0;
  const importStarted = performance.now();
  for (const [index, region] of regions.entries()) {
    const report = await runImportCommand(database, folders[index]!, { region: region.slug });
    if (!report.ok) throw new Error(`import of ${region.slug} refused:\n${report.problems.slice(0, 20).join('\n')}`);
    rows += report.counts.reduce((sum, c) => sum + c.rows, 0);
    statisticsMs += report.durations?.statisticsMs ?? 0;
  }
  const importMs = performance.now() - importStarted;
  log(`  import: ${fmt(rows)} rows in ${fmt(importMs)} ms, of which ANALYZE after commit ${fmt(statisticsMs)} ms`);
  const reimportStarted = performance.now();
  const again = await runImportCommand(database, folders[0]!, { region: ONE_REGION });
  const reimportMs = performance.now() - reimportStarted;
  if (!again.ok || again.counts.some((c) => c.unchanged !== c.rows)) throw new Error('re-import changed rows');
  // Fresh statistics, as autovacuum would have them some time after a bulk load.
  await database.rawTransaction((raw) => raw.exec('ANALYZE persons, stays, waitlist_entries, housing_records'));
  const params = { regionSlug: ONE_REGION, date: PEILDATUM, year: YEAR };
  await computeIndicators(database.db, params);
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    await computeIndicators(database.db, params);
    samples.push(performance.now() - started);
  }
  const oneRegionMs = samples.sort((a, b) => a - b)[2]!;
  log(`  one region: ${fmt(oneRegionMs, 1)} ms (median of 5)`);
  // One grid statement per region: each record is counted where it starts and ends between
  // consecutive peildata (or as a bit mask of them), never once per peildatum.
  const sweepStarted = performance.now();
  for (const region of regions) {
    await computeIndicatorSeries(database.db, { regionSlug: region.slug, dates: SWEEP_DATES, year: YEAR });
  }
  const sweepMs = performance.now() - sweepStarted;
  log(`  sweep ${regions.length} × ${SWEEP_DATES.length}: ${fmt(sweepMs)} ms`);
  return { floorMs, indexedFloorMs, importMs, statisticsMs, reimportMs, rows, oneRegionMs, sweepMs };
}

async function pglitePart(root: string): Promise<void> {
  if (!databases.has('pglite')) return;
  log('PGlite:');
  const dataDir = await mkdtemp(join(tmpdir(), 'springplank-national-pglite-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    figures.PGlite = await measure(database, null, root);
  } finally {
    await database.close();
  }
}

async function postgresPart(root: string): Promise<void> {
  if (!databases.has('postgres')) return;
  log('PostgreSQL:');
  const throwaway = await createThrowawayDatabase();
  if ('skipped' in throwaway) {
    outcome.notes.push(throwaway.skipped);
    return;
  }
  const database = await openDatabase({ kind: 'postgres', url: throwaway.url, maxConnections: 2 });
  try {
    figures.PostgreSQL = await measure(database, throwaway.url, root);
  } finally {
    await database.close();
  }
}

function verdict(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

function report(): string {
  const lines = [
    `# National bulk import and indicators (scale ${scale}, seed ${seed})`,
    '',
    `${machine()}. ${loadAverageLine(loadAtStart)}`,
    '',
    `Dataset: 43 regions, ${fmt(dataset.persons)} persons, ${fmt(dataset.stays)} stays, ` +
      `${fmt(dataset.waitlist)} waiting-list entries, ${fmt(dataset.housing)} housing records` +
      (generateMs ? ` (generated in ${fmt(generateMs / 1000, 1)} s).` : ' (reused).'),
    '',
    '| figure | PGlite | PostgreSQL | target (PostgreSQL) |',
    '| --- | --: | --: | --- |',
  ];
  const cell = (db: 'PGlite' | 'PostgreSQL', f: (x: Figures) => string) => (figures[db] ? f(figures[db]) : '—');
  const row = (name: string, f: (x: Figures) => string, target = '') =>
    lines.push(`| ${name} | ${cell('PGlite', f)} | ${cell('PostgreSQL', f)} | ${target} |`);
  row('bare floor: raw COPY into bare tables, s', (x) => fmt(x.floorMs / 1000, 2));
  row('indexed floor: COPY, ids resolved, into the indexed tables, s', (x) => fmt(x.indexedFloorMs / 1000, 2));
  row('import (43 runs: validate + COPY + merge, commit, ANALYZE), s', (x) => fmt(x.importMs / 1000, 2));
  row('… of which ANALYZE after each commit, s', (x) => fmt(x.statisticsMs / 1000, 2));
  row('import rows/s', (x) => fmt(x.rows / (x.importMs / 1000)));
  const pg = figures.PostgreSQL;
  // The target is for validation + load + upsert; the ANALYZE after commit is reported beside it.
  const loadMs = (x: Figures) => x.importMs - x.statisticsMs;
  const ratioRow = (name: string, time: (x: Figures) => number, floor: (x: Figures) => number, target: number) =>
    row(
      name,
      (x) => `${fmt(time(x) / floor(x), 2)}×`,
      pg ? `≤ ${target}× — ${verdict(time(pg) / floor(pg) <= target)}` : `≤ ${target}×`,
    );
  ratioRow('import without ANALYZE ÷ indexed floor', loadMs, (x) => x.indexedFloorMs, TARGETS.indexedRatio);
  ratioRow('import without ANALYZE ÷ bare floor', loadMs, (x) => x.floorMs, TARGETS.bareRatio);
  row('import with ANALYZE ÷ indexed floor', (x) => `${fmt(x.importMs / x.indexedFloorMs, 2)}×`);
  row('import with ANALYZE ÷ bare floor', (x) => `${fmt(x.importMs / x.floorMs, 2)}×`);
  row(`re-import of ${ONE_REGION} (all unchanged), s`, (x) => fmt(x.reimportMs / 1000, 2));
  row(
    `indicators, ${ONE_REGION}, one peildatum, ms (median of 5)`,
    (x) => fmt(x.oneRegionMs, 1),
    pg ? `< ${TARGETS.oneRegionMs} ms — ${verdict(pg.oneRegionMs < TARGETS.oneRegionMs)}` : '',
  );
  row(
    'indicators, 43 regions × 12 peildata, s',
    (x) => fmt(x.sweepMs / 1000, 2),
    pg ? `< ${TARGETS.sweepMs / 1000} s — ${verdict(pg.sweepMs < TARGETS.sweepMs)}` : '',
  );
  row('indicators per peildatum in the sweep (one series call per region), ms', (x) => fmt(x.sweepMs / (43 * 12), 1));
  if (figures.PGlite && figures.PostgreSQL) {
    lines.push(
      '',
      `PGlite ÷ PostgreSQL: import ${fmt(figures.PGlite.importMs / figures.PostgreSQL.importMs, 2)}×, sweep ` +
        `${fmt(figures.PGlite.sweepMs / figures.PostgreSQL.sweepMs, 2)}×.`,
    );
  }
  if (outcome.notes.length) lines.push('', ...outcome.notes.map((note) => `- ${note}`));
  return lines.join('\n');
}

const root = await prepareDataset();
await runBenchParts(outcome, { PGlite: () => pglitePart(root), PostgreSQL: () => postgresPart(root) }, report);
