/**
 * The two floors the import is measured against, on the same database:
 * - bare: a raw `COPY` of the same CSV files into bare tables (no keys, indexes, constraints
 *   or validation), all in one transaction — the cheapest way to get the bytes in;
 * - indexed: a `COPY` of the same rows, row, person and municipality ids resolved beforehand
 *   (row ids from the import's own generator, so the keys are of the same kind), into
 *   the real tables with all their indexes and constraints, region after region (one
 *   transaction each), so every region meets the rows of the regions loaded before it — what
 *   the import itself has to do at the least. The tables are emptied again afterwards.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import type { DatabaseHandle } from '../../apps/server/src/db/client';
import { noDelaySocket } from '../../apps/server/src/db/socket';
import { newRowId } from '../../apps/server/src/modules/import/row-ids';
import type { BenchRegion } from './generate';

const BARE_TABLES: Record<string, string> = {
  'persons.csv': 'bare_persons (person_ref text, birth_date date, municipality_code text, bsn text)',
  'waitlist.csv': 'bare_waitlist (person_ref text, service text, listed_on date, removed_on date, removal_reason text)',
  'stays.csv':
    'bare_stays (person_ref text, service text, provider_ref text, started_on date, ended_on date, end_reason text)',
  'housing.csv': 'bare_housing (person_ref text, ready_on date, housed_on date)',
};

const tableOf = (file: string) => BARE_TABLES[file]!.split(' ')[0]!;

/** The real tables the indexed floor fills, in load order (persons first: the others refer to them). */
const INDEXED_TABLES = {
  'persons.csv': 'persons (id, region_id, source_ref, birth_date, municipality_id, bsn)',
  'waitlist.csv': 'waitlist_entries (id, region_id, person_id, service, listed_on, removed_on, removal_reason)',
  'stays.csv': 'stays (id, region_id, person_id, service, provider_ref, started_on, ended_on, end_reason)',
  'housing.csv': 'housing_records (id, region_id, person_id, ready_on, housed_on)',
} as const;

type FloorFile = keyof typeof INDEXED_TABLES;

/** One COPY: the table with its column list, and the rows in COPY text format. */
interface CopyLoad {
  target: string;
  text: string;
}

/** A postgres.js client for the floors: one connection, Nagle off like the application's own. */
function floorClient(url: string): postgres.Sql {
  const options = { max: 1, onnotice: () => undefined, socket: noDelaySocket };
  return postgres(url, options);
}

/** Run `loads` in one transaction per group with COPY; returns the elapsed milliseconds. */
async function timedCopies(database: DatabaseHandle, postgresUrl: string | null, groups: CopyLoad[][]) {
  const started = performance.now();
  if (postgresUrl) {
    const sql = floorClient(postgresUrl);
    try {
      for (const loads of groups) {
        await sql.begin(async (tx) => {
          for (const load of loads) {
            const writable = await tx.unsafe(`COPY ${load.target} FROM STDIN`).writable();
            writable.end(load.text);
            await new Promise<void>((resolve, reject) => writable.on('finish', resolve).on('error', reject));
          }
        });
      }
    } finally {
      await sql.end({ timeout: 5 });
    }
  } else {
    for (const loads of groups) {
      await database.pglite!.transaction(async (tx) => {
        for (const load of loads) {
          await tx.query(`COPY ${load.target} FROM '/dev/blob'`, [], { blob: new Blob([load.text]) });
        }
      });
    }
  }
  return performance.now() - started;
}

/** Flush dirty pages before a timed phase, so that no phase pays for the previous one's checkpoint. */
export async function checkpoint(database: DatabaseHandle): Promise<void> {
  await database.rawTransaction((raw) => raw.exec('CHECKPOINT'));
}

/** COPY every file of every region folder into bare tables; returns the elapsed milliseconds. */
export async function rawCopyFloor(
  database: DatabaseHandle,
  postgresUrl: string | null,
  folders: string[],
): Promise<number> {
  const statements = Object.values(BARE_TABLES).map((t) => `CREATE TABLE ${t}`);
  await database.rawTransaction(async (raw) => {
    for (const statement of statements) await raw.exec(statement);
  });
  await checkpoint(database);
  const started = performance.now();
  if (postgresUrl) {
    const sql = floorClient(postgresUrl);
    try {
      // One transaction for everything: the cheapest way to load these files, so the lowest floor.
      await sql.begin(async (tx) => {
        for (const folder of folders) {
          for (const file of Object.keys(BARE_TABLES)) {
            const writable = await tx.unsafe(`COPY ${tableOf(file)} FROM STDIN (FORMAT csv, HEADER true)`).writable();
            await pipeline(createReadStream(join(folder, file)), writable);
          }
        }
      });
    } finally {
      await sql.end({ timeout: 5 });
    }
  } else {
    await database.pglite!.transaction(async (tx) => {
      for (const folder of folders) {
        for (const file of Object.keys(BARE_TABLES)) {
          const blob = new Blob([readFileSync(join(folder, file))]);
          await tx.query(`COPY ${tableOf(file)} FROM '/dev/blob' (FORMAT csv, HEADER true)`, [], { blob });
        }
      }
    });
  }
  const elapsed = performance.now() - started;
  await database.rawTransaction(async (raw) => {
    for (const file of Object.keys(BARE_TABLES)) await raw.exec(`DROP TABLE ${tableOf(file)}`);
  });
  return elapsed;
}

const nullable = (cell: string | undefined) => (cell ? cell : '\\N');

/**
 * One region's rows in COPY text format for the real tables, ids resolved: every row gets its
 * id here from the import's own generator (row-ids.ts, time-ordered), the other files refer to
 * their person's. (The generated files need no CSV unquoting.)
 */
function resolvedLoads(folder: string, regionId: string, municipalityIds: Map<string, string>): CopyLoad[] {
  const personIds = new Map<string, string>();
  const rowsOf = (file: FloorFile) => readFileSync(join(folder, file), 'utf8').split('\n').slice(1).filter(Boolean);
  const load = (file: FloorFile, toLine: (cells: string[]) => string): CopyLoad => ({
    target: INDEXED_TABLES[file],
    text: rowsOf(file)
      .map((row) => `${toLine(row.split(','))}\n`)
      .join(''),
  });
  const idOf = (ref: string) => personIds.get(ref)!;
  return [
    load('persons.csv', ([ref, birth, code, bsn]) => {
      const id = newRowId();
      personIds.set(ref!, id);
      return [id, regionId, ref, birth, municipalityIds.get(code!)!, nullable(bsn)].join('\t');
    }),
    load('waitlist.csv', ([ref, service, listed, removed, reason]) =>
      [newRowId(), regionId, idOf(ref!), service, listed, nullable(removed), nullable(reason)].join('\t'),
    ),
    load('stays.csv', ([ref, service, provider, started, ended, reason]) =>
      [newRowId(), regionId, idOf(ref!), service, nullable(provider), started, nullable(ended), nullable(reason)].join(
        '\t',
      ),
    ),
    load('housing.csv', ([ref, ready, housed]) =>
      [newRowId(), regionId, idOf(ref!), ready, nullable(housed)].join('\t'),
    ),
  ];
}

/**
 * COPY every region's rows (ids resolved beforehand, untimed) into the real, indexed and
 * constrained tables, region after region, one transaction each; then empty the tables so the
 * import starts from the same state. Returns the elapsed milliseconds of the COPYs.
 */
export async function indexedCopyFloor(
  database: DatabaseHandle,
  postgresUrl: string | null,
  regions: BenchRegion[],
  folders: string[],
): Promise<number> {
  const ids = await database.rawTransaction((raw) =>
    raw.query<{ slug: string; region_id: string; code: string; municipality_id: string }>(
      `SELECT r.slug, r.id AS region_id, m.code, m.id AS municipality_id
         FROM regions r JOIN municipalities m ON m.region_id = r.id`,
    ),
  );
  const groups = regions.map((region, index) => {
    const rows = ids.filter((row) => row.slug === region.slug);
    const municipalityIds = new Map(rows.map((row) => [row.code, row.municipality_id]));
    return resolvedLoads(folders[index]!, rows[0]!.region_id, municipalityIds);
  });
  await checkpoint(database);
  const elapsed = await timedCopies(database, postgresUrl, groups);
  await database.rawTransaction((raw) =>
    raw.exec('TRUNCATE housing_records, stays, waitlist_entries, persons CASCADE'),
  );
  return elapsed;
}
