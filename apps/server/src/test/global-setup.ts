import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB, withDatabase } from './test-database';

/**
 * Runs once per test run: migrates a template database, so that every test file can start
 * from a copy in well under a second (PGlite: a dumped data directory; PostgreSQL: a
 * template database).
 */
export default async function setup(project: { name: string }): Promise<void> {
  if (project.name === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
    const admin = postgres(url, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DB} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${POSTGRES_TEMPLATE_DB}`);
    await admin.end();
    const template = await openDatabase({
      kind: 'postgres',
      url: withDatabase(url, POSTGRES_TEMPLATE_DB),
      maxConnections: 1,
    });
    await migrate(template);
    await template.close();
    return;
  }
  const database = await openDatabase({ kind: 'pglite-memory' });
  await migrate(database);
  if (!database.dumpDataDir) throw new Error('PGlite handle cannot dump its data directory');
  const dump = await database.dumpDataDir();
  mkdirSync(dirname(PGLITE_TEMPLATE_FILE), { recursive: true });
  // Write then rename, so a concurrent run never reads a half-written template.
  const partial = `${PGLITE_TEMPLATE_FILE}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, PGLITE_TEMPLATE_FILE);
  await database.close();
}
