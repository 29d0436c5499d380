import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { ReportReceipt, SessionResponse } from '@springplank/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';
import { carriesSecret } from './compression';

const BUNDLE = `export const text = ${JSON.stringify('Springplank '.repeat(400))};\n`;
const STYLES = `.sp-a { color: red; }\n`.repeat(200);

/** A built web app as the build leaves it: a hashed bundle with its .br and .gz, and a stylesheet without. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'springplank-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Springplank</title>');
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), BUNDLE);
  writeFileSync(join(dir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(BUNDLE));
  writeFileSync(join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(BUNDLE));
  writeFileSync(join(dir, 'assets', 'index-XyZ789.css'), STYLES);
  return dir;
}

describe('compression and caching of answers', () => {
  let dist: string;
  let testApp: TestApp;
  const get = (url: string, acceptEncoding?: string) =>
    testApp.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  beforeAll(async () => {
    dist = fakeWebDist();
    testApp = await createTestApp({ WEB_DIST_DIR: dist });
  }, 60_000);
  afterAll(async () => {
    await testApp.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('lets browsers keep hashed build files for a year and makes them ask again for the page', async () => {
    const bundle = await get('/assets/index-AbC123.js');
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/index-XyZ789.css', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const url of ['/', '/melden', '/status/abc', '/index.html']) {
      const page = await get(url, 'br, gzip');
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends the build’s precompressed files as they are, chosen by Accept-Encoding', async () => {
    const br = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BUNDLE);

    const gz = await get('/assets/index-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BUNDLE);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BUNDLE);
  });

  it('compresses a build file without a precompressed copy on the fly', async () => {
    const css = await get('/assets/index-XyZ789.css', 'br');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(css.rawPayload).toString()).toBe(STYLES);
  });

  it('compresses large JSON without a secret, and leaves small answers alone', async () => {
    const docs = await get('/api/v1/openapi.json', 'br, gzip');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-encoding']).toBe('br');
    expect(docs.headers['cache-control']).toBe('no-store');
    const spec = JSON.parse(brotliDecompressSync(docs.rawPayload).toString()) as { openapi: string };
    expect(spec.openapi).toBe('3.1.0');

    const admin = await testApp.signIn((await createUser(testApp.db, { role: 'administrator' })).email);
    for (let i = 0; i < 8; i += 1) await createUser(testApp.db, { role: 'policy_analyst' });
    const users = await admin.request({ method: 'GET', url: '/api/v1/users', headers: { 'accept-encoding': 'gzip' } });
    expect(users.statusCode).toBe(200);
    expect(users.headers['content-encoding']).toBe('gzip');
    expect(users.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(gunzipSync(users.rawPayload).toString())).toHaveProperty('items');

    const health = await get('/healthz', 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses an answer with the CSRF token, session data or a status token (BREACH)', async () => {
    const routes = testApp.built.routes;
    const answersWith = (schema: unknown) =>
      routes.filter((route) => Object.values(route.schema?.response ?? {}).includes(schema));
    // The rule must catch real routes, or this test would pass on an empty list.
    expect(answersWith(SessionResponse).map((route) => route.url)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/session', '/api/v1/auth/preferences']),
    );
    expect(answersWith(ReportReceipt).map((route) => `${String(route.method)} ${route.url}`)).toEqual([
      'POST /api/v1/reports',
    ]);
    const secretRoutes = routes.filter(carriesSecret);
    expect(secretRoutes.map((route) => route.url)).toEqual(
      expect.arrayContaining(['/api/v1/auth/sessions', '/api/v1/auth/logout', '/api/v1/reports']),
    );
    for (const route of secretRoutes) expect(route.compress, `${String(route.method)} ${route.url}`).toBe(false);
    for (const route of routes.filter((r) => !carriesSecret(r))) {
      expect(route.compress, `${String(route.method)} ${route.url}`).toBeUndefined();
    }

    const user = await testApp.signIn((await createUser(testApp.db, { role: 'access_officer' })).email);
    const session = await user.request({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(session.statusCode).toBe(200);
    expect(session.headers['content-encoding']).toBeUndefined();
    expect(session.json<{ csrfToken: string }>().csrfToken).toBe(user.csrfToken);
  });
});
