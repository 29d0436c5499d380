import { finished } from 'node:stream/promises';
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Db } from '../../db/client';
import type { RowSink } from './validation-context';

/**
 * The driver connection behind a Drizzle transaction. COPY is not part of Drizzle, so the
 * loader talks to postgres.js or PGlite directly, on the caller's transaction.
 */
export type RawConnection =
  { kind: 'postgres'; sql: postgres.TransactionSql | postgres.Sql } | { kind: 'pglite'; tx: PgliteTransaction };

/** The raw connection of a Drizzle transaction (or database) on either driver. */
export function rawConnectionOf(tx: Db): RawConnection {
  const client = (tx as unknown as { session: { client: unknown } }).session.client;
  if (typeof (client as { unsafe?: unknown }).unsafe === 'function') {
    return { kind: 'postgres', sql: client as postgres.TransactionSql };
  }
  return { kind: 'pglite', tx: client as PgliteTransaction };
}

/** Run one parameterised statement and return its rows. */
export async function rawQuery<T>(connection: RawConnection, text: string, params: unknown[] = []): Promise<T[]> {
  if (connection.kind === 'postgres') {
    return (await connection.sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  }
  return (await connection.tx.query<T>(text, params)).rows;
}

const FLUSH_CHARS = 256 * 1024;

// COPY text format: tab-separated, \N for null, backslash escapes.
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

/**
 * Fit rows of one file in COPY text format, held in memory so that the next file can be
 * read while the database merges the previous one.
 */
export class StagedRows implements RowSink {
  readonly chunks: string[] = [];
  rows = 0;
  private buffer = '';

  /** Add one row (values in the staging table's column order). */
  push(values: readonly (string | null)[]): void {
    this.rows += 1;
    this.buffer += `${values.map(copyField).join('\t')}\n`;
    if (this.buffer.length >= FLUSH_CHARS) {
      this.chunks.push(this.buffer);
      this.buffer = '';
    }
  }

  /** The rows as COPY text chunks. */
  finish(): string[] {
    if (this.buffer) this.chunks.push(this.buffer);
    this.buffer = '';
    return this.chunks;
  }
}

/** Bulk-load rows (COPY text chunks) into a table with COPY (postgres.js: a stream; PGlite: a blob). */
export async function copyInto(
  connection: RawConnection,
  table: string,
  columns: readonly string[],
  chunks: readonly string[],
): Promise<void> {
  if (chunks.length === 0) return;
  const statement = `COPY ${table} (${columns.join(', ')}) FROM `;
  if (connection.kind === 'pglite') {
    await connection.tx.query(`${statement}'/dev/blob'`, [], { blob: new Blob([...chunks]) });
    return;
  }
  await copyThroughStream(connection.sql, `${statement}STDIN`, chunks);
}

/**
 * COPY … FROM STDIN on postgres.js, failing (never hanging) when the server refuses the data.
 *
 * postgres.js resolves the COPY query with the stream as soon as the server accepts COPY.
 * When the server refuses the data after the last chunk (CopyDone sent: a constraint, an
 * encoding error), it drops the error — the query was already resolved — and never ends the
 * stream, so awaiting the stream alone hung forever and held the connection "idle in
 * transaction (aborted)". So once CopyDone is on the wire, a probe (`SELECT 1`) is queued on
 * the same connection: it runs after the COPY, and fails exactly when the COPY did (the
 * transaction is then aborted) or the connection died. Either way this throws, and the
 * caller's transaction rolls back and releases the connection.
 */
async function copyThroughStream(
  sql: postgres.TransactionSql | postgres.Sql,
  statement: string,
  chunks: readonly string[],
) {
  const writable = await sql.unsafe(statement).writable();
  const done = finished(writable);
  // A failure while still writing destroys the stream: `done` rejects, and so does this.
  done.catch(() => undefined);
  const probe = new Promise<void>((resolve, reject) => {
    // postgres.js takes `final` as the Writable's _final: it writes CopyDone synchronously.
    const sendCopyDone = writable._final.bind(writable);
    writable._final = (callback) => {
      sendCopyDone(callback);
      sql.unsafe('SELECT 1').then(() => resolve(), reject);
    };
  });
  probe.catch(() => undefined);
  for (const chunk of chunks) {
    if (!writable.write(chunk)) await Promise.race([new Promise((resolve) => writable.once('drain', resolve)), done]);
  }
  writable.end();
  try {
    await Promise.race([done, probe.then(() => done)]);
  } catch (error) {
    writable.destroy();
    throw new Error(`COPY failed (${(error as Error).message}); the transaction is rolled back`, { cause: error });
  }
}
