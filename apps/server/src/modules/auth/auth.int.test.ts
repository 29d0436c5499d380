import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { DEMO_PASSWORD, DEMO_USERS } from '../../demo/demo-region';
import { loadDemo } from '../../demo/load-demo';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

const login = (email: string, password: string) => ({
  method: 'POST' as const,
  url: '/api/v1/auth/login',
  payload: { email, password },
});

describe('password sign-in, sessions and throttling', () => {
  const ctx = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

  it('lets every demo user sign in', async () => {
    const { app, db, services } = ctx();
    expect(await loadDemo(db, services.passwords, services.accessLogKeys)).toBe('loaded');
    expect(await loadDemo(db, services.passwords, services.accessLogKeys)).toBe('already-present');
    for (const user of DEMO_USERS) {
      const response = await app.inject(login(user.email, DEMO_PASSWORD));
      expect(response.statusCode, user.email).toBe(200);
      expect(response.json().user.roles).toEqual(user.roles);
    }
  });

  it('sets an HttpOnly SameSite cookie and shows the session', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'meldpunt_operator' });
    const response = await app.inject(login(user.email.toUpperCase(), TEST_PASSWORD));
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'springplank_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await app.inject({ url: '/api/v1/auth/session', cookies: { springplank_session: cookie!.value } });
    expect(session.json().user).toMatchObject({ id: user.id, roles: ['meldpunt_operator'] });
    expect(session.json().csrfToken).toBe(response.json().csrfToken);
  });

  it('answers wrong passwords and unknown addresses alike', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'access_officer' });
    const wrong = await app.inject(login(user.email, 'not the password'));
    const unknown = await app.inject(login('nobody@nowhere.test', 'not the password'));
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles per (e-mail, client): 15 wrong passwords from client A never stop the right one from client B', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'outreach_worker' });
    const fromA = { remoteAddress: '203.0.113.10' };
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 15; attempt += 1) {
      statuses.push((await app.inject({ ...login(user.email, `wrong-${attempt}`), ...fromA })).statusCode);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(5).fill(429)]);
    // Client A is slowed down for this address, even with the right password …
    const throttled = await app.inject({ ...login(user.email, TEST_PASSWORD), ...fromA });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe('RATE_LIMITED');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(60);
    // … but the account is not locked: the owner signs in from elsewhere.
    const fromB = await app.inject({ ...login(user.email, TEST_PASSWORD), remoteAddress: '203.0.113.20' });
    expect(fromB.statusCode).toBe(200);

    const actions = await db
      .select({ action: accessLog.action })
      .from(accessLog)
      .where(eq(accessLog.subjectId, user.id))
      .orderBy(asc(accessLog.sequence));
    // Throttled attempts never reached the account; the ten checked ones are logged.
    expect(actions.map((a) => a.action)).toEqual([...Array<string>(10).fill('auth.login_failed'), 'auth.login']);
  });

  it('answers a known and an unknown address identically, also once throttled', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'access_officer' });
    const answers = async (email: string, remoteAddress: string) => {
      const list: { status: number; body: unknown; retryAfter: boolean }[] = [];
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const response = await app.inject({ ...login(email, 'not the password'), remoteAddress });
        const { requestId: _requestId, ...error } = response.json<{ error: { requestId: string } }>().error;
        list.push({ status: response.statusCode, body: error, retryAfter: 'retry-after' in response.headers });
      }
      return list;
    };
    const known = await answers(user.email, '203.0.113.30');
    const unknown = await answers('nobody@nowhere.test', '203.0.113.31');
    expect(known).toEqual(unknown);
    expect(known.map((a) => a.status)).toEqual([...Array<number>(10).fill(401), 429, 429]);
  });

  it('spends the password hashing time on unknown addresses too', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'access_officer' });
    const median = async (email: string, remoteAddress: string) => {
      const times: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const started = performance.now();
        await app.inject({ ...login(email, 'not the password'), remoteAddress });
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const known = await median(user.email, '203.0.113.40');
    const unknown = await median('niemand@nergens.test', '203.0.113.41');
    // Without the dummy hash an unknown address answers in a few per cent of the time (argon2id
    // dominates); the margin is wide so a busy machine cannot make this flaky.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it('forgets the failures of a client once it signs in', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'meldpunt_operator' });
    const client = { remoteAddress: '203.0.113.50' };
    for (let attempt = 0; attempt < 9; attempt += 1) await app.inject({ ...login(user.email, 'wrong'), ...client });
    expect((await app.inject({ ...login(user.email, TEST_PASSWORD), ...client })).statusCode).toBe(200);
    const again: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      again.push((await app.inject({ ...login(user.email, 'wrong'), ...client })).statusCode);
    }
    expect(again).toEqual(Array<number>(10).fill(401));
  });

  it('refuses a disabled account once the password is right', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'housing_officer', active: false });
    expect((await app.inject(login(user.email, 'wrong'))).statusCode).toBe(401);
    const response = await app.inject(login(user.email, TEST_PASSWORD));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('requires the CSRF token for changes made with a session', async () => {
    const { db, signIn } = ctx();
    const user = await createUser(db, { role: 'policy_analyst' });
    const client = await signIn(user.email);
    const withoutToken = await client.request({
      method: 'PUT',
      url: '/api/v1/auth/preferences',
      payload: { locale: 'en' },
      headers: { 'x-csrf-token': '' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('CSRF_FAILED');
    const withToken = await client.put('/api/v1/auth/preferences', { locale: 'en' });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json().user.locale).toBe('en');
  });

  it('ends the session on sign-out', async () => {
    const { db, signIn } = ctx();
    const user = await createUser(db, { role: 'privacy_officer' });
    const client = await signIn(user.email);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    const after = await client.get('/api/v1/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('ends all sessions of a user who is disabled', async () => {
    const { db, signIn } = ctx();
    const admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    const user = await createUser(db, { role: 'meldpunt_operator' });
    const client = await signIn(user.email);
    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
  });
});

describe('login throttling per client', () => {
  const ctx = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });

  it('answers 429 with a Dutch message past the limit, whatever the addresses tried', async () => {
    const { app } = ctx();
    const client = { remoteAddress: '203.0.113.60' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await app.inject({ ...login(`a${i}@b.test`, 'x'), ...client })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await app.inject({ ...login('other@b.test', 'x'), ...client });
    expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.json().error.message).toMatch(/Te veel verzoeken/);
    expect(limited.headers['retry-after']).toBeDefined();
    // Another client has its own budget.
    expect((await app.inject({ ...login('a0@b.test', 'x'), remoteAddress: '203.0.113.61' })).statusCode).toBe(401);
  });
});
