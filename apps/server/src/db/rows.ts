import type { SQL } from 'drizzle-orm';
import type { Db } from './client';

/** The rows of a raw statement, whichever driver ran it. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  // postgres.js answers with an array of rows, PGlite with { rows }.
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
