import { describe, expect, it } from 'vitest';
import { publicAccess } from './http/policy';
import { createTestApp } from './test/test-app';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, refuses new ones, then closes the database', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const testApp = await createTestApp({}, async (app) => {
      app.get('/slow', { config: { policy: publicAccess } }, async () => {
        await gate;
        return { finished: true };
      });
    });
    const { app } = testApp;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const inFlight = fetch(`${base}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    testApp.built.markShuttingDown();
    const closing = app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = await fetch(`${base}/healthz`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    await testApp.database.dispose();
    await expect(testApp.database.handle.ping()).rejects.toThrow();
  });
});
