import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB, testDatabaseKind, withDatabase } from '../test/test-database';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../../..');

/** The CLI as the README runs it, on this project's database kind. */
describe(`cli on ${testDatabaseKind()}`, () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      const name = `springplank_cli_${process.pid}`;
      const admin = postgres(url, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DB}`);
      env = { DATABASE_URL: withDatabase(url, name) };
      cleanup = async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'springplank-cli-'));
      const seeded = new PGlite(dir, { loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]) });
      await seeded.waitReady;
      await seeded.close();
      env = { SPRINGPLANK_DATA_DIR: dir, DATABASE_URL: '' };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  afterAll(async () => cleanup());

  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['apps/server/src/cli/main.ts', ...args],
        {
          cwd: ROOT,
          env: { ...process.env, ...env },
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('migrates, loads the demo once and creates a user', async () => {
    expect((await cli('migrate')).stdout).toContain('Database is up to date.');
    const demo = await cli('demo');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Demo region Midden-IJssel loaded.');
    expect((await cli('demo')).stdout).toContain('already present');
    const created = await cli(
      'user:create',
      '--email',
      'cli@ggd.test',
      '--name',
      'Via de CLI',
      '--organisation',
      'Meldpunt Zorgwekkend Gedrag GGD IJsselland',
      '--role',
      'meldpunt_operator',
      '--password',
      'een lang genoeg wachtwoord',
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Created cli@ggd\.test \(meldpunt_operator\)/);
  }, 300_000);

  it('refuses bad input with a message and a non-zero exit', async () => {
    const wrongRole = await cli(
      'user:create',
      '--email',
      'x@y.test',
      '--name',
      'X Y',
      '--organisation',
      'Politie Oost-Nederland, basisteam IJsselland-Zuid',
      '--role',
      'meldpunt_operator',
    );
    expect(wrongRole.code).toBe(1);
    expect(wrongRole.stderr).toMatch(/rol past niet/);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');
  }, 300_000);
});
