import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { useTestApp } from '../../test/test-app';
import { copyInto, rawConnectionOf } from './staging';

/** Resolve with the promise's value, or reject once `ms` have passed (a hang must fail, not stall the suite). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

describe('COPY into a table', () => {
  const ctx = useTestApp();

  it('fails (never hangs) when the server refuses the data, and the connection serves again', async () => {
    const { db } = ctx();
    for (const bad of ['1\tnot-a-date\n', '2\t2020-01-01\n2\t2020-01-02\n']) {
      const attempt = db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TEMP TABLE copy_probe (id int PRIMARY KEY, on_day date) ON COMMIT DROP`);
        await copyInto(rawConnectionOf(tx), 'copy_probe', ['id', 'on_day'], [bad]);
      });
      await expect(within(5000, attempt)).rejects.toThrow(/date|duplicate|unique|COPY/i);
    }
    // Every connection of the pool still answers, and no temporary table is left behind.
    const checks = await within(
      5000,
      Promise.all(
        Array.from({ length: 8 }, () =>
          rowsOf<{ left: boolean }>(db, sql`select to_regclass('copy_probe') is not null as left`),
        ),
      ),
    );
    expect(checks.flat().every((row) => !row.left)).toBe(true);
  });

  it('loads good rows', async () => {
    const { db } = ctx();
    const count = await db.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE copy_good (id int PRIMARY KEY, on_day date) ON COMMIT DROP`);
      await copyInto(rawConnectionOf(tx), 'copy_good', ['id', 'on_day'], ['1\t2020-01-01\n', '2\t\\N\n']);
      return rowsOf<{ n: number }>(tx, sql`select count(*)::int as n from copy_good`);
    });
    expect(count).toEqual([{ n: 2 }]);
  });
});
