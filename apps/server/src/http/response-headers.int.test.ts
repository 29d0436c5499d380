import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

/** A built web app as it could be left on disk, with a source map beside the bundle. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'springplank-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Springplank</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map\n');
  writeFileSync(join(dir, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
  return dir;
}

describe('response headers', () => {
  let dist: string;
  let testApp: TestApp;

  beforeAll(async () => {
    dist = fakeWebDist();
    testApp = await createTestApp({ WEB_DIST_DIR: dist });
  }, 60_000);
  afterAll(async () => {
    await testApp.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('forbids caching of every API answer: personal data, refusals and unknown paths', async () => {
    const user = await testApp.signIn((await createUser(testApp.db, { role: 'access_officer' })).email);
    const answers = [
      await user.get('/api/v1/auth/session'),
      await user.get('/api/v1/users'),
      await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/session' }),
      await testApp.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 403, 401, 404]);
    for (const answer of answers) {
      expect(answer.headers['cache-control'], answer.body).toBe('no-store');
      expect(answer.headers.pragma).toBe('no-cache');
    }
  });

  it('keeps the caching of static files and serves no source map', async () => {
    const bundle = await testApp.app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['cache-control']).not.toBe('no-store');
    const map = await testApp.app.inject({ method: 'GET', url: '/assets/app.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret.ts');
    // A map that is not there is not answered with the app's page either.
    for (const url of ['/assets/missing.js.map', '/other.css.map?x=1', '/assets/gone.js']) {
      expect((await testApp.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    expect((await testApp.app.inject({ method: 'GET', url: '/mijn-sessies' })).statusCode).toBe(200);
  });
});
