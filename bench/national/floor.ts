/**
 * The floor the import is measured against: a raw `COPY` of the same CSV files into bare
 * tables (no keys, no indexes, no constraints, no validation), on the same database.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import type { DatabaseHandle } from '../../apps/server/src/db/client';

const BARE_TABLES: Record<string, string> = {
  'persons.csv': 'bare_persons (person_ref text, birth_date date, municipality_code text, bsn text)',
  'waitlist.csv': 'bare_waitlist (person_ref text, service text, listed_on date, removed_on date, removal_reason text)',
  'stays.csv':
    'bare_stays (person_ref text, service text, provider_ref text, started_on date, ended_on date, end_reason text)',
  'housing.csv': 'bare_housing (person_ref text, ready_on date, housed_on date)',
};

const tableOf = (file: string) => BARE_TABLES[file]!.split(' ')[0]!;

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
  const started = performance.now();
  if (postgresUrl) {
    const sql = postgres(postgresUrl, { max: 1, onnotice: () => undefined });
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
