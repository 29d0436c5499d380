import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { AccessService } from '../modules/access/access.service';
import type { SignedInClient, TestApp } from './test-app';

/** A signed-in client of an app whose access module runs on a fixed clock. */
export interface ClockedClient {
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

/**
 * The same application, but with the access service on a fixed clock (as the cases tests do),
 * so "today", waiting months and the three-month flag are exact. Close it after use.
 */
export async function accessAppAt(testApp: TestApp, now: Date): Promise<FastifyInstance> {
  const { db, services, config } = testApp;
  const built = await buildApp({
    config,
    services: { ...services, access: new AccessService(db, services.accessLog, () => now) },
    logger: false,
  });
  await built.app.ready();
  return built.app;
}

/** Send requests to a clocked app with a session from the test app's sign-in. */
export function clockedClient(app: FastifyInstance, client: SignedInClient): ClockedClient {
  const headers = { cookie: client.cookie, 'x-csrf-token': client.csrfToken };
  return {
    get: (url) => app.inject({ method: 'GET', url, headers }),
    post: (url, body = {}) => app.inject({ method: 'POST', url, headers, payload: body as object }),
  };
}
