import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../app';
import { createServices } from '../composition-root';
import { loadConfig } from '../config';
import { TEST_ACCESS_LOG_KEY_LIST } from '../test/access-log-keys';
import { createUser, TEST_PASSWORD } from '../test/factories';
import { importFixture } from '../test/import-factories';
import { reportInput } from '../test/report-factories';
import { createTestDatabase, testDatabaseKind, withDatabase, type TestDatabase } from '../test/test-database';
import { startServer } from '../server';
import { openDatabase, type DatabaseHandle } from './client';
import { analyzedSince, databaseClock } from './maintenance-test-support';
import { APP_ROLE } from './roles';

/**
 * The split of roles on PostgreSQL: the tables belong to the owner (here the test superuser,
 * which migrated the template), the application logs in as a member of `springplank_app`.
 */
describe.skipIf(testDatabaseKind() !== 'postgres')('application role on PostgreSQL', () => {
  const loginRole = `springplank_app_test_${randomBytes(4).toString('hex')}`;
  let owner: TestDatabase;
  let app: DatabaseHandle;
  let built: BuiltApp;
  let checkpointDir: string;
  let appUrl: string;
  let ownerUrl: string;

  beforeAll(async () => {
    owner = await createTestDatabase();
    const [row] = await owner.handle.rawTransaction((raw) =>
      raw.query<{ name: string }>('SELECT current_database() AS name'),
    );
    await owner.handle.rawTransaction(async (raw) => {
      await raw.exec(`CREATE ROLE ${loginRole} LOGIN; GRANT ${APP_ROLE} TO ${loginRole};`);
    });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = loginRole;
    url.password = '';
    url.pathname = `/${row!.name}`;
    appUrl = url.toString();
    ownerUrl = withDatabase(process.env.TEST_DATABASE_URL!, row!.name);
    app = await openDatabase({ kind: 'postgres', url: appUrl, maxConnections: 3 });
    checkpointDir = mkdtempSync(join(tmpdir(), 'springplank-roles-'));
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SPRINGPLANK_DEMO: 'false',
      WEB_DIST_DIR: '/nonexistent',
      ACCESS_LOG_KEYS: TEST_ACCESS_LOG_KEY_LIST,
      ACCESS_LOG_CHECKPOINT_DIR: checkpointDir,
      REPORT_RATE_LIMIT_PER_MINUTE: '1000',
    });
    built = await buildApp({ config, services: createServices(app, config, owner.handle), logger: false });
    await built.app.ready();
  }, 60_000);

  afterAll(async () => {
    await built?.app.close();
    await app?.close();
    await owner?.dispose();
    const admin = await openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL!, maxConnections: 1 });
    await admin.rawTransaction((raw) => raw.exec(`DROP ROLE IF EXISTS ${loginRole}`));
    await admin.close();
    rmSync(checkpointDir, { recursive: true, force: true });
  });

  async function asApp(statement: string): Promise<unknown> {
    return app.rawTransaction((raw) => raw.exec(statement));
  }

  it('lets the application role only INSERT and SELECT the access log, not change, remove or unprotect it', async () => {
    await expect(asApp(`UPDATE access_log SET user_name = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(asApp('DELETE FROM access_log')).rejects.toThrow(/permission denied/);
    await expect(asApp('TRUNCATE access_log')).rejects.toThrow(/permission denied/);
    // Not the owner: it cannot switch off the append-only triggers or take the table over.
    await expect(asApp('ALTER TABLE access_log DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
    await expect(asApp('DROP TABLE access_log')).rejects.toThrow(/must be owner/);
    await expect(asApp(`UPDATE schema_migrations SET checksum = 'x'`)).rejects.toThrow(/permission denied/);
    const [rights] = await app.rawTransaction((raw) =>
      raw.query<{ select: boolean; insert: boolean }>(
        `SELECT has_table_privilege('access_log', 'SELECT') AS "select", has_table_privilege('access_log', 'INSERT') AS "insert"`,
      ),
    );
    expect(rights).toEqual({ select: true, insert: true });
  });

  it('still serves the application: a public report and a sign-in write the log, and the chain verifies', async () => {
    const report = await built.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: reportInput(),
      headers: { 'x-report-source': 'web-form' },
    });
    expect(report.statusCode).toBe(201);
    const privacy = await createUser(owner.handle.db, { role: 'privacy_officer' });
    const login = await built.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: privacy.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'springplank_session')!;
    const verification = await built.app.inject({
      method: 'GET',
      url: '/api/v1/access-log/verification',
      cookies: { springplank_session: cookie.value },
    });
    expect(verification.json()).toMatchObject({ status: 'intact' });
    expect(verification.json<{ checked: number }>().checked).toBeGreaterThanOrEqual(1);
    const [logged] = await owner.handle.rawTransaction((raw) =>
      raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM access_log WHERE action <> 'auth.login'`),
    );
    expect(logged!.n).toBeGreaterThanOrEqual(1);
  });

  it('imports as the app role and leaves fresh statistics: the owner runs the ANALYZE', async () => {
    const admin = await createUser(owner.handle.db, { role: 'administrator' });
    const login = await built.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: TEST_PASSWORD },
    });
    const session = login.json<{ csrfToken: string }>();
    const cookie = login.cookies.find((c) => c.name === 'springplank_session')!;
    const start = await databaseClock(owner.handle.db);
    const run = await built.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: { files: importFixture('valid') },
      cookies: { springplank_session: cookie.value },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(run.json()).toMatchObject({ ok: true, dryRun: false });
    // The app role may not ANALYZE the owner's tables (PostgreSQL only warns and skips them).
    expect(await analyzedSince(owner.handle.db, start, ['persons', 'stays'])).toEqual({ persons: true, stays: true });
  });

  it('starts the server with the app role, migrating and running the job queue as the owner', async () => {
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SPRINGPLANK_DEMO: 'false',
      WEB_DIST_DIR: '/nonexistent',
      PORT: '0',
      DATABASE_URL: appUrl,
      DATABASE_OWNER_URL: ownerUrl,
      ACCESS_LOG_KEYS: TEST_ACCESS_LOG_KEY_LIST,
      ACCESS_LOG_CHECKPOINT_DIR: checkpointDir,
    });
    const server = await startServer(config, { logger: false });
    try {
      const [schema] = await owner.handle.rawTransaction((raw) =>
        raw.query<{ owner: string }>(
          `SELECT pg_catalog.pg_get_userbyid(nspowner) AS owner FROM pg_catalog.pg_namespace WHERE nspname = 'pgboss'`,
        ),
      );
      // The app role may not create schemas: pg-boss could only have been installed by the owner.
      expect(schema).toBeDefined();
      expect(schema!.owner).not.toBe(loginRole);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
