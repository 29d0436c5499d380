import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';
import { noDelaySocket } from './socket';

/** The typed query layer, the same type on PGlite and on PostgreSQL (and inside transactions). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Untyped access for the migrator: parameterised queries and multi-statement scripts. */
export interface RawExecutor {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  exec(script: string): Promise<void>;
}

/** An open database: the typed layer plus what only the platform code needs. */
export interface DatabaseHandle {
  readonly kind: 'pglite' | 'postgres';
  /** For HTTP requests: on PostgreSQL every statement ends after the (short) request statement timeout. */
  readonly db: Db;
  /**
   * For imports, jobs and the command line: on PostgreSQL a small pool of its own with the long
   * statement timeout, so long work neither hits the request timeout nor takes the request pool's
   * connections. On PGlite (one connection, no timeouts) the same as `db`.
   */
  readonly longDb: Db;
  /** Run `fn` in one transaction with raw access (migrations, maintenance). */
  rawTransaction<T>(fn: (raw: RawExecutor) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * LISTEN on a channel (NOTIFY from any instance, sent at commit). `onListen` runs each time
   * the listening connection is (re)established, when notifications may have been missed.
   * Resolves to a function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  /** Close the connection(s); PGlite also flushes its data folder. */
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?(): Promise<Blob>;
  /** PGlite only: the embedded client itself, for the job queue (pg-boss) that shares it. */
  readonly pglite?: PGlite;
}

/**
 * Session time limits on PostgreSQL (milliseconds). PGlite ignores them: it cannot interrupt a
 * statement (no timer signals in WebAssembly) and it has a single connection anyway.
 */
export interface SessionTimeouts {
  /** Every statement of a request (`db`). */
  statementMs: number;
  /** Every statement of an import, job, migration or command-line run (`longDb`, raw transactions). */
  longStatementMs: number;
  /** A transaction left open without a statement ends the session (request pool). */
  idleInTransactionMs: number;
}

/** The defaults (config.ts reads overrides from the environment). */
export const DEFAULT_TIMEOUTS: SessionTimeouts = {
  statementMs: 15_000,
  longStatementMs: 30 * 60_000,
  idleInTransactionMs: 60_000,
};

/** Where the database lives: a PostgreSQL URL, a PGlite data folder, or an in-memory PGlite. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number; timeouts?: SessionTimeouts }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

/** Open a database for the given target. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    return openPostgres(target.url, target.maxConnections ?? 10, target.timeouts ?? DEFAULT_TIMEOUTS);
  }
  if (target.kind === 'pglite') {
    mkdirSync(target.dataDir, { recursive: true });
    return openPglite(new PGlite(target.dataDir));
  }
  return openPglite(new PGlite(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}));
}

async function openPglite(client: PGlite): Promise<DatabaseHandle> {
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    longDb: db,
    rawTransaction: (fn) =>
      client.transaction((tx) =>
        fn({
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      ),
    ping: async () => {
      await client.query('select 1');
    },
    listen: async (channel, onNotify, onListen) => {
      const stop = await client.listen(channel, onNotify);
      onListen?.();
      return stop;
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
    pglite: client,
  };
}

/**
 * Two postgres.js pools on one server. Time limits are connection parameters, so every session
 * starts with them (no SET per request, nothing a pooled session can lose or leak). postgres.js
 * itself ends a transaction on any error (ROLLBACK, or it drops the connection), and
 * `idle_in_transaction_session_timeout` is the backstop should code ever hang inside one.
 */
async function openPostgres(url: string, max: number, timeouts: SessionTimeouts): Promise<DatabaseHandle> {
  // `socket` (documented, not in the typings): Nagle off, else every COPY waits 40 ms for a delayed ACK (socket.ts).
  const common = { onnotice: () => undefined, socket: noDelaySocket };
  const client = postgres(url, {
    ...common,
    max,
    connection: {
      TimeZone: 'UTC',
      application_name: 'springplank',
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    },
  });
  // Connects only when first used (an import, a job); its idle-in-transaction limit is the long
  // one, because an import validates its files between statements of its transaction.
  const longClient = postgres(url, {
    ...common,
    max: 2,
    connection: {
      TimeZone: 'UTC',
      application_name: 'springplank-long',
      statement_timeout: timeouts.longStatementMs,
      idle_in_transaction_session_timeout: timeouts.longStatementMs,
    },
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  const longDb = drizzlePostgres({ client: longClient, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    longDb,
    rawTransaction: async (fn) =>
      (await longClient.begin((tx) =>
        fn({
          query: async <T>(text: string, params?: unknown[]) =>
            (await tx.unsafe(text, (params ?? []) as postgres.ParameterOrJSON<never>[])) as unknown as T[],
          exec: async (script) => {
            await tx.unsafe(script);
          },
        }),
      )) as Awaited<ReturnType<typeof fn>>,
    ping: async () => {
      await client`select 1`;
    },
    // postgres.js listens on a dedicated connection and reconnects it, calling onListen again.
    listen: async (channel, onNotify, onListen) => {
      const subscription = await client.listen(channel, onNotify, onListen);
      return () => subscription.unlisten();
    },
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), longClient.end({ timeout: 5 })]);
    },
  };
}
