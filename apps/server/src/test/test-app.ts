import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type BuiltApp } from '../app';
import { loadConfig, type AppConfig } from '../config';
import { createServices, type Services } from '../composition-root';
import type { Db } from '../db/client';
import { createTestDatabase, type TestDatabase } from './test-database';
import { TEST_PASSWORD } from './factories';
import { TEST_ACCESS_LOG_KEY_LIST } from './access-log-keys';

/** The application under test on a fresh database of its own. */
export interface TestApp {
  app: FastifyInstance;
  built: BuiltApp;
  services: Services;
  db: Db;
  database: TestDatabase;
  config: AppConfig;
  /** Sign in through the real login route and return a client that sends cookie and CSRF token. */
  signIn: (email: string, password?: string) => Promise<SignedInClient>;
  close: () => Promise<void>;
}

/** A signed-in HTTP client for inject(). */
export interface SignedInClient {
  userId: string;
  csrfToken: string;
  cookie: string;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

/** Build the real application on a fresh test database. */
export async function createTestApp(
  env: Record<string, string> = {},
  extraRoutes?: (app: FastifyInstance) => Promise<void>,
): Promise<TestApp> {
  const database = await createTestDatabase();
  // A fixed chain key and a checkpoint folder of this app's own, removed when it closes.
  const checkpointDir = mkdtempSync(join(tmpdir(), 'springplank-checkpoints-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SPRINGPLANK_DEMO: 'false',
    WEB_DIST_DIR: '/nonexistent',
    ACCESS_LOG_KEYS: TEST_ACCESS_LOG_KEY_LIST,
    ACCESS_LOG_CHECKPOINT_DIR: checkpointDir,
    ...env,
  });
  const services = createServices(database.handle, config);
  const built = await buildApp({ config, services, logger: false, extraRoutes });
  await built.app.ready();
  const app = built.app;
  return {
    app,
    built,
    services,
    db: database.handle.db,
    database,
    config,
    signIn: async (email, password = TEST_PASSWORD) => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.body}`);
      const session = response.json<{ csrfToken: string; user: { id: string } }>();
      const setCookie = response.cookies.find((c) => c.name === 'springplank_session');
      if (!setCookie) throw new Error('no session cookie');
      const cookie = `springplank_session=${setCookie.value}`;
      const request = (options: InjectOptions) =>
        app.inject({ ...options, headers: { cookie, 'x-csrf-token': session.csrfToken, ...(options.headers ?? {}) } });
      return {
        userId: session.user.id,
        csrfToken: session.csrfToken,
        cookie,
        request,
        get: (url) => request({ method: 'GET', url }),
        post: (url, body = {}) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
        patch: (url, body = {}) => request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
        put: (url, body = {}) => request({ method: 'PUT', url, payload: body as InjectOptions['payload'] }),
      };
    },
    close: async () => {
      await app.close();
      await database.dispose();
      rmSync(checkpointDir, { recursive: true, force: true });
    },
  };
}

/** Create the test app before the file's tests and close it after; read it through the getter. */
export function useTestApp(
  env: Record<string, string> = {},
  extraRoutes?: (app: FastifyInstance) => Promise<void>,
): () => TestApp {
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await createTestApp(env, extraRoutes);
  }, 60_000);
  afterAll(async () => {
    await testApp?.close();
  });
  return () => {
    if (!testApp) throw new Error('test app not ready');
    return testApp;
  };
}
