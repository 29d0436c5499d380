import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

const FIXTURES = join(import.meta.dirname, '../modules/import/fixtures');

/** The four CSV texts of a fixture folder (`valid`, `invalid`), keyed by file name. */
export function importFixture(folder: 'valid' | 'invalid'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['persons.csv', 'waitlist.csv', 'stays.csv', 'housing.csv']) {
    files[name] = readFileSync(join(FIXTURES, folder, name), 'utf8');
  }
  return files;
}

/** The path of a fixture folder, for the CLI. */
export function importFixtureFolder(folder: 'valid' | 'invalid'): string {
  return join(FIXTURES, folder);
}

/**
 * Row counts of every table an import writes, plus the access log and the sum of row
 * versions (xmin) so that a run that rewrote rows with the same values is noticed too.
 */
export async function importFootprint(db: Db): Promise<Record<string, string>> {
  const result = await db.execute<Record<string, string>>(sql`
    select
      (select count(*) from persons)::text as persons,
      (select count(*) from waitlist_entries)::text as waitlist,
      (select count(*) from stays)::text as stays,
      (select count(*) from housing_records)::text as housing,
      (select count(*) from access_log)::text as access_log,
      (select string_agg(xmin::text, ',' order by id) from persons)::text as persons_versions,
      (select string_agg(xmin::text, ',' order by id) from stays)::text as stays_versions,
      (select string_agg(xmin::text, ',' order by id) from waitlist_entries)::text as waitlist_versions,
      (select string_agg(xmin::text, ',' order by id) from housing_records)::text as housing_versions`);
  const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, string>[] }).rows) as Record<
    string,
    string
  >[];
  return rows[0]!;
}

/** The rows of a raw statement (re-exported for the tests that import it from here). */
export { rowsOf } from '../db/rows';
