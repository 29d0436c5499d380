import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_TIMEOUTS, type DatabaseTarget } from './db/client';
import type { AccessLogKeySource } from './modules/access-log/access-log.keys';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_TIMEOUTS.statementMs),
  DB_LONG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(DEFAULT_TIMEOUTS.longStatementMs),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(DEFAULT_TIMEOUTS.idleInTransactionMs),
  DATABASE_OWNER_URL: z.string().optional(),
  ACCESS_LOG_KEYS: z.string().optional(),
  ACCESS_LOG_KEY_ID: z.string().optional(),
  ACCESS_LOG_KEY_FILE: z.string().optional(),
  ACCESS_LOG_CHECKPOINT_DIR: z.string().optional(),
  ACCESS_LOG_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  SPRINGPLANK_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(10),
  LOGIN_THROTTLE_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  LOGIN_THROTTLE_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  REPORT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  MONITOR_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY: z.stringbool().default(false),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().default('OpenID Connect'),
  OIDC_LINK_BY_EMAIL: z.stringbool().default(true),
  OIDC_ALLOW_INSECURE: z.stringbool().default(false),
  SPRINGPLANK_DEMO: z.stringbool().default(true),
  WEB_DIST_DIR: z.string().optional(),
  JOBS_ENABLED: z.stringbool().default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'use smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Meldpunt zorgwekkend gedrag <meldpunt@localhost>'),
});

/** OpenID Connect settings; present only when an issuer and client are configured. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  label: string;
  linkByEmail: boolean;
  allowInsecure: boolean;
}

/** Everything the server reads from its environment, validated once at start. */
export interface AppConfig {
  port: number;
  host: string;
  publicUrl: string;
  secureCookies: boolean;
  database: DatabaseTarget;
  /**
   * The role that owns the tables and runs migrations and maintenance (ANALYZE) on PostgreSQL
   * (`DATABASE_OWNER_URL`); null: the application's own connection does (PGlite: one role).
   */
  ownerDatabase: DatabaseTarget | null;
  /** The access log's chain keys (never in the database) and where its signed checkpoints go. */
  accessLog: { keys: AccessLogKeySource; checkpointDir: string; checkpointMinutes: number };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  session: { idleMinutes: number; absoluteHours: number };
  /**
   * Sign-in: attempts per (e-mail, client address) per window, and requests per client address
   * per minute (the route's rate limit); both counted in the shared store.
   */
  login: { throttleAttempts: number; throttleWindowMinutes: number; rateLimitPerMinute: number };
  /** Public report intake: requests per client per minute. */
  reportRateLimitPerMinute: number;
  /** Monitor dashboard, exports and indicators (expensive statements): requests per user per minute. */
  monitorRateLimitPerMinute: number;
  trustProxy: boolean;
  oidc: OidcConfig | null;
  loadDemoWhenEmpty: boolean;
  webDistDir: string;
  /** Scheduled jobs (retention, sending the outbox); off only for special set-ups. */
  jobs: { enabled: boolean };
  /** Outgoing mail; without an SMTP URL nothing is sent and the outbox screen shows the mails. */
  mail: { smtpUrl: string | null; from: string };
}

/** Read and validate the configuration; throws a readable error on bad settings. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          timeouts: {
            statementMs: e.DB_STATEMENT_TIMEOUT_MS,
            longStatementMs: e.DB_LONG_STATEMENT_TIMEOUT_MS,
            idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
          },
        }
      : { kind: 'pglite', dataDir: resolve(e.SPRINGPLANK_DATA_DIR) },
    // The owner runs migrations, ANALYZE and jobs only: batch work, the long limit throughout.
    ownerDatabase:
      e.DATABASE_URL && e.DATABASE_OWNER_URL
        ? {
            kind: 'postgres',
            url: e.DATABASE_OWNER_URL,
            timeouts: {
              statementMs: e.DB_LONG_STATEMENT_TIMEOUT_MS,
              longStatementMs: e.DB_LONG_STATEMENT_TIMEOUT_MS,
              idleInTransactionMs: e.DB_LONG_STATEMENT_TIMEOUT_MS,
            },
          }
        : null,
    accessLog: {
      keys: e.ACCESS_LOG_KEYS
        ? { kind: 'list', list: e.ACCESS_LOG_KEYS, currentKeyId: e.ACCESS_LOG_KEY_ID ?? null }
        : {
            kind: 'file',
            path: resolve(e.ACCESS_LOG_KEY_FILE ?? join(e.SPRINGPLANK_DATA_DIR, 'access-log.keys')),
            currentKeyId: e.ACCESS_LOG_KEY_ID ?? null,
          },
      checkpointDir: resolve(e.ACCESS_LOG_CHECKPOINT_DIR ?? join(e.SPRINGPLANK_DATA_DIR, 'access-log-checkpoints')),
      checkpointMinutes: e.ACCESS_LOG_CHECKPOINT_MINUTES,
    },
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: {
      throttleAttempts: e.LOGIN_THROTTLE_ATTEMPTS,
      throttleWindowMinutes: e.LOGIN_THROTTLE_MINUTES,
      rateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    reportRateLimitPerMinute: e.REPORT_RATE_LIMIT_PER_MINUTE,
    monitorRateLimitPerMinute: e.MONITOR_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            label: e.OIDC_LABEL,
            linkByEmail: e.OIDC_LINK_BY_EMAIL,
            allowInsecure: e.OIDC_ALLOW_INSECURE,
          }
        : null,
    loadDemoWhenEmpty: e.SPRINGPLANK_DEMO,
    webDistDir: resolve(e.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    jobs: { enabled: e.JOBS_ENABLED },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
  };
}
