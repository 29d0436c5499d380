import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { computeIndicatorsReference, type IndicatorDataset } from '@springplank/domain';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/pglite';
import { openDatabase, type Db } from '../db/client';
import * as schema from '../db/schema';
import { referenceRegion } from '../test/factories';
import { insertIndicatorDataset } from '../test/indicator-factories';
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB, testDatabaseKind, withDatabase } from '../test/test-database';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../../..');

const DATASET: IndicatorDataset = {
  persons: [
    { id: 'a', birthDate: '2004-02-29', municipalityCode: 'GM0150' },
    { id: 'b', birthDate: '1980-06-30', municipalityCode: 'GM0301' },
    { id: 'c', birthDate: null, municipalityCode: 'GM0150' },
  ],
  stays: [
    { personId: 'a', service: 'nachtopvang', startedOn: '2023-06-01', endedOn: '2023-10-15' },
    { personId: 'a', service: 'crisisopvang', startedOn: '2023-10-15', endedOn: null },
    { personId: 'b', service: 'beschermd_wonen', startedOn: '2023-01-31', endedOn: null },
  ],
  waitlist: [
    {
      personId: 'b',
      service: 'beschermd_wonen',
      listedOn: '2022-05-01',
      removedOn: '2023-01-31',
      removalReason: 'placed',
    },
    { personId: 'c', service: 'beschut_wonen', listedOn: '2023-11-30', removedOn: null, removalReason: null },
  ],
  housing: [{ personId: 'c', readyOn: '2023-08-31', housedOn: '2023-11-30' }],
};

/** `cli indicators` as a region runs it, on a database of its own of this project's kind. Each spawn starts tsx and opens the database: seconds, minutes on a loaded machine, hence the timeouts. */
describe(`cli indicators on ${testDatabaseKind()}`, () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      const name = `springplank_cli_indicators_${process.pid}`;
      const admin = postgres(url, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DB}`);
      env = { DATABASE_URL: withDatabase(url, name) };
      const database = await openDatabase({ kind: 'postgres', url: env.DATABASE_URL!, maxConnections: 1 });
      await insertIndicatorDataset(database.db, (await referenceRegion(database.db)).id, DATASET);
      await database.close();
      cleanup = async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'springplank-cli-indicators-'));
      const seeded = new PGlite(dir, { loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]) });
      const db = drizzle({ client: seeded, schema }) as unknown as Db;
      await insertIndicatorDataset(db, (await referenceRegion(db)).id, DATASET);
      await seeded.close();
      env = { SPRINGPLANK_DATA_DIR: dir, DATABASE_URL: '' };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
  afterAll(async () => cleanup());

  const spawn = async (command: string, args: string[]) => {
    try {
      const { stdout, stderr } = await run(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const cli = (...args: string[]) =>
    spawn(join(ROOT, 'node_modules/.bin/tsx'), ['apps/server/src/cli/main.ts', 'indicators', ...args]);

  it('prints only the JSON of the spec, through npm as the README runs it', async () => {
    const { code, stdout, stderr } = await spawn('npm', [
      'run',
      '--silent',
      'cli',
      '--',
      'indicators',
      '--region',
      'midden-ijssel',
      '--date',
      '2024-01-01',
      '--year',
      '2023',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout.trimStart().startsWith('{')).toBe(true);
    expect(JSON.parse(stdout)).toEqual(
      computeIndicatorsReference(DATASET, { region: 'midden-ijssel', date: '2024-01-01', year: 2023 }),
    );
  }, 300_000);

  it('applies the municipality and age-group filters', async () => {
    const { code, stdout, stderr } = await cli(
      '--date',
      '2023-02-28',
      '--year',
      '2023',
      '--municipality',
      'GM0150',
      '--age-group',
      '18-27',
    );
    expect(code, stderr).toBe(0);
    const expected = computeIndicatorsReference(DATASET, {
      region: 'midden-ijssel',
      date: '2023-02-28',
      year: 2023,
      municipality: 'GM0150',
      ageGroup: '18-27',
    });
    expect(JSON.parse(stdout)).toEqual(expected);
    // Born 2004-02-29: 18 on 2023-02-28, so in the year figure of 2023 (age on 31 December: 19).
    expect(expected.moClients.total).toBe(1);
  }, 300_000);

  it('refuses bad arguments on stderr with a non-zero exit and nothing on stdout', async () => {
    const bad = await cli('--date', '2023-02-29', '--year', 'twee', '--age-group', '65+');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--date: geef een bestaande datum');
    expect(bad.stderr).toContain('--year');
    expect(bad.stderr).toContain('--age-group');
    const unknown = await cli('--date', '2024-01-01', '--year', '2023', '--municipality', 'GM0363');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('--municipality: Deze gemeente kennen we niet in de regio: GM0363.');
  }, 300_000);
});
