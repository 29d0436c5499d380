import { eq } from 'drizzle-orm';
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

describe('password sign-in, sessions and lockout', () => {
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

  it('locks the account after ten wrong passwords, with a clear Dutch message', async () => {
    const { app, db } = ctx();
    const user = await createUser(db, { role: 'outreach_worker' });
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      expect((await app.inject(login(user.email, `wrong-${attempt}`))).statusCode).toBe(401);
    }
    const tenth = await app.inject(login(user.email, 'wrong-10'));
    expect(tenth.statusCode).toBe(423);
    expect(tenth.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(tenth.json().error.message).toMatch(/tijdelijk geblokkeerd.*15 minuten/);
    const correct = await app.inject(login(user.email, TEST_PASSWORD));
    expect(correct.statusCode).toBe(423);

    const actions = await db
      .select({ action: accessLog.action })
      .from(accessLog)
      .where(eq(accessLog.subjectId, user.id));
    expect(actions.map((a) => a.action)).toEqual([
      ...Array(9).fill('auth.login_failed'),
      'auth.account_locked',
      'auth.login_refused_locked',
    ]);
  });

  it('lets an administrator lift a lockout', async () => {
    const { app, db, signIn } = ctx();
    const user = await createUser(db, { role: 'provider_staff' });
    for (let attempt = 1; attempt <= 10; attempt += 1) await app.inject(login(user.email, 'wrong'));
    expect((await app.inject(login(user.email, TEST_PASSWORD))).statusCode).toBe(423);
    const admin = await createUser(db, { role: 'administrator' });
    const adminClient = await signIn(admin.email);
    const unlocked = await adminClient.post(`/api/v1/users/${user.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect((await app.inject(login(user.email, TEST_PASSWORD))).statusCode).toBe(200);
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

  it('answers 429 with a Dutch message past the limit', async () => {
    const { app } = ctx();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await app.inject(login('a@b.test', 'x'))).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await app.inject(login('a@b.test', 'x'));
    expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.json().error.message).toMatch(/Te veel verzoeken/);
  });
});
