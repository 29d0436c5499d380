import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../db/client';
import { importFixtureFolder, importFootprint, rowsOf } from '../test/import-factories';
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB, testDatabaseKind, withDatabase } from '../test/test-database';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../../..');

/** `cli import <folder>` as IMPORT.md and the README run it, on this project's database kind. */
describe(`cli import on ${testDatabaseKind()}`, () => {
  let env: Record<string, string>;
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      const name = `springplank_cli_import_${process.pid}`;
      const admin = postgres(url, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DB}`);
      env = { DATABASE_URL: withDatabase(url, name) };
      target = { kind: 'postgres', url: withDatabase(url, name), maxConnections: 1 };
      cleanup = async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'springplank-cli-import-'));
      const seeded = new PGlite(dir, { loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]) });
      await seeded.waitReady;
      await seeded.close();
      env = { SPRINGPLANK_DATA_DIR: dir, DATABASE_URL: '' };
      target = { kind: 'pglite', dataDir: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  afterAll(async () => cleanup());

  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['apps/server/src/cli/main.ts', ...args],
        { cwd: ROOT, env: { ...process.env, ...env } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  const footprint = async () => {
    const database = await openDatabase(target);
    try {
      return await importFootprint(database.db);
    } finally {
      await database.close();
    }
  };

  it('imports a folder, then a second run changes nothing; no demo data is loaded', async () => {
    const first = await cli('import', importFixtureFolder('valid'), '--region', 'midden-ijssel');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      [
        'Imported into midden-ijssel:',
        '  persons.csv          5 rows: 5 inserted, 0 updated, 0 unchanged',
        '  waitlist.csv         3 rows: 3 inserted, 0 updated, 0 unchanged',
        '  stays.csv            4 rows: 4 inserted, 0 updated, 0 unchanged',
        '  housing.csv          2 rows: 2 inserted, 0 updated, 0 unchanged',
        '',
      ].join('\n'),
    );
    expect(first.stderr).toMatch(/^Took \d+\.\d s, then \d+\.\d s updating the planner statistics\.$/m);
    const before = await footprint();
    const second = await cli('import', importFixtureFolder('valid'));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('persons.csv          5 rows: 0 inserted, 0 updated, 5 unchanged');
    expect(second.stdout).toContain('stays.csv            4 rows: 0 inserted, 0 updated, 4 unchanged');
    const after = await footprint();
    expect({ ...after, access_log: before.access_log }).toEqual(before);
    expect(Number(after.access_log)).toBe(Number(before.access_log) + 1);
    const database = await openDatabase(target);
    try {
      const [organisations] = await rowsOf<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from organisations`,
      );
      expect(organisations!.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 300_000);

  it('lists every problem on stderr, exits non-zero and writes nothing', async () => {
    const before = await footprint();
    const refused = await cli('import', importFixtureFolder('invalid'));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toBe('persons.csv:1: nickname: unknown column');
    expect(lines).toContain('persons.csv:3: birth_date: not a valid date: "2023-02-30" (expected YYYY-MM-DD)');
    expect(lines).toContain('stays.csv:1: started_on: missing');
    expect(lines).toContain(
      'housing.csv:3: person_ref: duplicate housing record (person_ref + ready_on): same as line 2',
    );
    expect(lines).toHaveLength(19);
    expect(lines.at(-1)).toBe('Error: Import refused (problems above); nothing was written.');
    expect(await footprint()).toEqual(before);
    const missing = await cli('import', join(importFixtureFolder('valid'), 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Not a folder/);
    const usage = await cli('import');
    expect(usage.code).toBe(2);
  }, 300_000);

  it('refuses a NUL byte, a Latin-1 file and a stray quote with file:line, exits non-zero, never hangs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'springplank-hostile-import-'));
    try {
      writeFileSync(
        join(folder, 'persons.csv'),
        'person_ref,birth_date,municipality_code\nH1,1990-01-01,GM0150\nH\u00002,1990-01-01,GM0150\n',
      );
      writeFileSync(
        join(folder, 'stays.csv'),
        Buffer.from('service,person_ref,provider_ref,started_on\nnachtopvang,H1,Café Noord,2023-01-01\n', 'latin1'),
      );
      writeFileSync(join(folder, 'housing.csv'), 'person_ref,ready_on\nH1,2024-01-01\nH"1,2024-01-02\n');
      const before = await footprint();
      const refused = await cli('import', folder);
      expect(refused.code).toBe(1);
      const lines = refused.stderr.trim().split('\n');
      expect(lines).toEqual([
        'persons.csv:3: row: contains a NUL character (byte 0)',
        expect.stringMatching(/^stays\.csv:2: file: not UTF-8 text/),
        expect.stringMatching(/^housing\.csv:3: row: a quote \("\) inside a cell that is not quoted/),
        'Error: Import refused (problems above); nothing was written.',
      ]);
      expect(await footprint()).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
