import { and, eq } from 'drizzle-orm';
import type { OwnSession } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { useTestApp, type TestApp } from '../../test/test-app';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0';
const EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';

/** One browser of a user: its session cookie and CSRF token. */
interface Device {
  token: string;
  csrfToken: string;
}

/** Sign in from a browser with this user agent, optionally still holding an old session (and its CSRF token). */
async function signInFrom(app: TestApp, email: string, userAgent: string, old?: Device): Promise<Device> {
  const response = await app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
    headers: { 'user-agent': userAgent, ...(old ? { 'x-csrf-token': old.csrfToken } : {}) },
    cookies: old ? { springplank_session: old.token } : {},
  });
  expect(response.statusCode, response.body).toBe(200);
  const token = response.cookies.find((c) => c.name === 'springplank_session')!.value;
  return { token, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

/** A request as that browser. */
function as(app: TestApp, device: Device, method: 'GET' | 'POST' | 'DELETE', url: string) {
  return app.app.inject({
    method,
    url,
    cookies: { springplank_session: device.token },
    headers: { 'x-csrf-token': device.csrfToken },
    ...(method === 'POST' ? { payload: {} } : {}),
  });
}

async function isValid(app: TestApp, device: Device): Promise<boolean> {
  const response = await as(app, device, 'GET', '/api/v1/auth/session');
  if (response.statusCode !== 200 && response.statusCode !== 401) throw new Error(response.body);
  return response.statusCode === 200;
}

describe('session rotation and own sessions', () => {
  const ctx = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

  it('ends the session the browser still sends when it signs in, and issues a new id', async () => {
    const app = ctx();
    const user = await createUser(app.db, { role: 'meldpunt_operator' });
    const first = await signInFrom(app, user.email, FIREFOX);
    const second = await signInFrom(app, user.email, FIREFOX, first);
    expect(second.token).not.toBe(first.token);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect(await isValid(app, first)).toBe(false);
    expect(await isValid(app, second)).toBe(true);
    // Another user signing in on the same browser ends that browser's session too.
    const colleague = await createUser(app.db, { role: 'outreach_worker' });
    const third = await signInFrom(app, colleague.email, FIREFOX, second);
    expect(await isValid(app, second)).toBe(false);
    expect(await isValid(app, third)).toBe(true);
  });

  it('lists the own active sessions, current first, with browser and system but no IP address or token', async () => {
    const app = ctx();
    const user = await createUser(app.db, { role: 'access_officer' });
    const laptop = await signInFrom(app, user.email, FIREFOX);
    const desktop = await signInFrom(app, user.email, EDGE);
    const other = await signInFrom(app, (await createUser(app.db, { role: 'access_officer' })).email, EDGE);
    const response = await as(app, desktop, 'GET', '/api/v1/auth/sessions');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const items = response.json<{ items: OwnSession[] }>().items;
    expect(items.map((s) => [s.current, s.browser, s.system])).toEqual([
      [true, 'Edge', 'Windows'],
      [false, 'Firefox', 'Linux'],
    ]);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['browser', 'createdAt', 'current', 'expiresAt', 'id', 'lastSeenAt', 'system'].sort(),
    );
    for (const secret of [laptop.token, desktop.token, other.token, '127.0.0.1']) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('ends one other session; nobody ends a session that is not theirs', async () => {
    const app = ctx();
    const user = await createUser(app.db, { role: 'policy_analyst' });
    const laptop = await signInFrom(app, user.email, FIREFOX);
    const phone = await signInFrom(app, user.email, EDGE);
    const stranger = await signInFrom(app, (await createUser(app.db, { role: 'policy_analyst' })).email, EDGE);
    const items = (await as(app, laptop, 'GET', '/api/v1/auth/sessions')).json<{ items: OwnSession[] }>().items;
    const phoneHandle = items.find((s) => !s.current)!.id;

    const refused = await as(app, stranger, 'DELETE', `/api/v1/auth/sessions/${phoneHandle}`);
    expect(refused.statusCode).toBe(404);
    expect(await isValid(app, phone)).toBe(true);
    const withoutCsrf = await app.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${phoneHandle}`,
      cookies: { springplank_session: laptop.token },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    expect((await as(app, laptop, 'DELETE', '/api/v1/auth/sessions/not-a-handle')).statusCode).toBe(400);

    const ended = await as(app, laptop, 'DELETE', `/api/v1/auth/sessions/${phoneHandle}`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual({ ended: 1 });
    expect(await isValid(app, phone)).toBe(false);
    expect(await isValid(app, laptop)).toBe(true);
    expect((await as(app, laptop, 'DELETE', `/api/v1/auth/sessions/${phoneHandle}`)).statusCode).toBe(404);
    const logged = await app.db
      .select({ details: accessLog.details })
      .from(accessLog)
      .where(and(eq(accessLog.subjectId, user.id), eq(accessLog.action, 'auth.sessions_ended')));
    expect(logged.map((e) => e.details)).toEqual([{ ended: 1, includesCurrent: false }]);
  });

  it('ends every other session and keeps the current one', async () => {
    const app = ctx();
    const user = await createUser(app.db, { role: 'provider_staff' });
    const devices = [
      await signInFrom(app, user.email, FIREFOX),
      await signInFrom(app, user.email, EDGE),
      await signInFrom(app, user.email, EDGE),
    ];
    const colleague = await signInFrom(app, (await createUser(app.db, { role: 'provider_staff' })).email, EDGE);
    const response = await as(app, devices[0]!, 'POST', '/api/v1/auth/sessions/end-others');
    expect(response.json()).toEqual({ ended: 2 });
    expect(await Promise.all(devices.map((d) => isValid(app, d)))).toEqual([true, false, false]);
    expect(await isValid(app, colleague)).toBe(true);
    const items = (await as(app, devices[0]!, 'GET', '/api/v1/auth/sessions')).json<{ items: OwnSession[] }>().items;
    expect(items.map((s) => s.current)).toEqual([true]);
  });
});
