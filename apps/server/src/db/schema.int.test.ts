import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import * as schema from './schema';

describe('schema.ts mirrors the migrations', () => {
  const ctx = useTestApp();

  it('has every column of every table with the same nullability', async () => {
    const { db } = ctx();
    const rows = await db.execute<{ table_name: string; column_name: string; is_nullable: string }>(
      sql`select table_name, column_name, is_nullable from information_schema.columns where table_schema = 'public'`,
    );
    // postgres.js returns the rows as an array, PGlite as { rows }.
    type Column = { table_name: string; column_name: string; is_nullable: string };
    const list: Column[] = Array.isArray(rows) ? (rows as Column[]) : (rows as { rows: Column[] }).rows;
    const database = new Map<string, Map<string, boolean>>();
    for (const row of list) {
      const table = database.get(row.table_name) ?? new Map<string, boolean>();
      table.set(row.column_name, row.is_nullable === 'YES');
      database.set(row.table_name, table);
    }
    const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) {
      const config = getTableConfig(table);
      const actual = database.get(config.name);
      expect(actual, `table ${config.name}`).toBeDefined();
      const declared = Object.fromEntries(config.columns.map((c) => [c.name, !c.notNull]));
      expect(declared, `columns of ${config.name}`).toEqual(Object.fromEntries(actual!));
    }
  });
});
