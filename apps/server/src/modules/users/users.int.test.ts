import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createOrganisation, createRegion, createUser, TEST_PASSWORD } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

describe('user administration', () => {
  const ctx = useTestApp();

  async function admin() {
    const { db, signIn } = ctx();
    const user = await createUser(db, { role: 'administrator' });
    return { user, client: await signIn(user.email) };
  }

  it('creates a user who can then sign in, and logs it', async () => {
    const { db, app } = ctx();
    const { client } = await admin();
    const team = await createOrganisation(db, { kind: 'outreach_team', municipalityCodes: ['GM0150'] });
    const created = await client.post('/api/v1/users', {
      email: 'nieuw@team.test',
      displayName: 'Nieuwe Collega',
      organisationId: team.id,
      roles: ['outreach_worker'],
      password: 'een lang wachtwoord',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      email: 'nieuw@team.test',
      roles: ['outreach_worker'],
      hasPassword: true,
      active: true,
    });
    expect(body).not.toHaveProperty('passwordHash');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nieuw@team.test', password: 'een lang wachtwoord' },
    });
    expect(signIn.statusCode).toBe(200);
    const entries = await db.select().from(accessLog).where(eq(accessLog.subjectId, body.id));
    expect(entries.map((e) => e.action)).toContain('user.create');
  });

  it('refuses a role that does not fit the organisation', async () => {
    const { db } = ctx();
    const { client } = await admin();
    const corporation = await createOrganisation(db, { kind: 'housing_corporation' });
    const response = await client.post('/api/v1/users', {
      email: 'verkeerd@corporatie.test',
      displayName: 'Verkeerde Rol',
      organisationId: corporation.id,
      roles: ['meldpunt_operator'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('refuses a second account with the same e-mail address, whatever the case', async () => {
    const { db } = ctx();
    const { client } = await admin();
    const existing = await createUser(db, { role: 'meldpunt_operator' });
    const response = await client.post('/api/v1/users', {
      email: existing.email.toUpperCase(),
      displayName: 'Dubbel',
      organisationId: existing.organisationId,
      roles: ['meldpunt_operator'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'EMAIL_TAKEN', issues: [{ path: 'email' }] });
  });

  it('rejects a short password with a Dutch field message', async () => {
    const { db } = ctx();
    const { client } = await admin();
    const org = await createOrganisation(db, { kind: 'meldpunt' });
    const response = await client.post('/api/v1/users', {
      email: 'kort@ggd.test',
      displayName: 'Kort Wachtwoord',
      organisationId: org.id,
      roles: ['meldpunt_operator'],
      password: 'kort',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([{ path: 'password', message: expect.stringMatching(/12/) }]);
  });

  it('changes roles and name, and sets a password that ends the user’s sessions', async () => {
    const { db, signIn, app } = ctx();
    const { client } = await admin();
    const user = await createUser(db, { role: 'access_officer' });
    const userClient = await signIn(user.email);
    const updated = await client.patch(`/api/v1/users/${user.id}`, {
      displayName: 'Andere Naam',
      roles: ['access_officer', 'policy_analyst'],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ displayName: 'Andere Naam', roles: ['access_officer', 'policy_analyst'] });
    expect(
      (await client.post(`/api/v1/users/${user.id}/password`, { password: 'nog een lang wachtwoord' })).statusCode,
    ).toBe(200);
    expect((await userClient.get('/api/v1/auth/session')).statusCode).toBe(401);
    const old = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
  });

  it('keeps administrators from locking themselves out', async () => {
    const { user, client } = await admin();
    const response = await client.patch(`/api/v1/users/${user.id}`, { active: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('SELF_LOCKOUT');
  });

  it('searches and filters the list, and logs which users were shown', async () => {
    const { db } = ctx();
    const { client, user: adminUser } = await admin();
    const target = await createUser(db, { role: 'housing_officer', displayName: 'Zoekbare Zuster' });
    const list = await client.get('/api/v1/users?q=zoekbare');
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([target.id]);
    const byRole = await client.get('/api/v1/users?role=housing_officer&pageSize=200');
    expect(byRole.json().items.every((u: { roles: string[] }) => u.roles.includes('housing_officer'))).toBe(true);
    const logged = await db.select().from(accessLog).where(eq(accessLog.userId, adminUser.id));
    expect(logged.some((e) => e.action === 'user.list' && (e.details.shown as string[]).includes(target.id))).toBe(
      true,
    );
  });

  it('never shows or changes users of another region', async () => {
    const { db, signIn } = ctx();
    const { client } = await admin();
    const elsewhere = await createRegion(db);
    const foreign = await createUser(db, { role: 'meldpunt_operator', regionId: elsewhere.id });
    expect((await client.get(`/api/v1/users/${foreign.id}`)).statusCode).toBe(404);
    expect((await client.patch(`/api/v1/users/${foreign.id}`, { active: false })).statusCode).toBe(404);
    expect((await client.post(`/api/v1/users/${foreign.id}/unlock`)).statusCode).toBe(404);
    const list = await client.get('/api/v1/users?pageSize=200');
    expect(list.json().items.map((u: { id: string }) => u.id)).not.toContain(foreign.id);
    const created = await client.post('/api/v1/users', {
      email: 'grensganger@test.test',
      displayName: 'Grensganger',
      organisationId: foreign.organisationId,
      roles: ['meldpunt_operator'],
    });
    expect(created.statusCode).toBe(400);
    const foreignAdmin = await signIn((await createUser(db, { role: 'administrator', regionId: elsewhere.id })).email);
    const theirList = await foreignAdmin.get('/api/v1/users?pageSize=200');
    expect(theirList.json().items.map((u: { id: string }) => u.id)).toContain(foreign.id);
    expect(theirList.json().total).toBe(2);
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    const { client } = await admin();
    expect((await client.get('/api/v1/users/not-a-uuid')).statusCode).toBe(400);
    expect((await client.get('/api/v1/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
