import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, userRoles, users } from '../../db/schema';
import { createOrganisation, createRegion, createUser, TEST_PASSWORD } from '../../test/factories';
import { useTestApp } from '../../test/test-app';
import { fieldIssue } from '../../test/field-issues';

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
    expect(response.json().error.issues).toEqual([fieldIssue('password', 'too_short', { minimum: 12 })]);
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

  it('refuses any change of one’s own roles or organisation, and changes nothing', async () => {
    const { db } = ctx();
    const { user, client } = await admin();
    const access = await createOrganisation(db, { kind: 'regional_access' });
    const grab = await client.patch(`/api/v1/users/${user.id}`, {
      organisationId: access.id,
      roles: ['access_officer'],
    });
    expect(grab.statusCode).toBe(403);
    expect(grab.json().error).toMatchObject({
      code: 'SELF_ACCESS_CHANGE',
      message: expect.stringMatching(/eigen rollen/),
    });
    const extra = await client.patch(`/api/v1/users/${user.id}`, { roles: ['administrator', 'policy_analyst'] });
    expect(extra.statusCode).toBe(403);
    const move = await client.patch(`/api/v1/users/${user.id}`, { organisationId: access.id });
    expect(move.statusCode).toBe(403);
    const own = (await client.get(`/api/v1/users/${user.id}`)).json();
    expect(own).toMatchObject({ organisationId: user.organisationId, roles: ['administrator'] });
    expect((await client.get('/api/v1/applications')).statusCode).toBe(403);
    // Saving one's own name with the roles unchanged is fine.
    const rename = await client.patch(`/api/v1/users/${user.id}`, {
      displayName: 'Nieuwe Naam',
      roles: ['administrator'],
    });
    expect(rename.statusCode).toBe(200);
  });

  it('never gives one account administrator and a role that sees persons', async () => {
    const { db } = ctx();
    const { client } = await admin();
    const municipality = await createOrganisation(db, { kind: 'municipality' });
    const both = await client.post('/api/v1/users', {
      email: 'beide@gemeente.test',
      displayName: 'Beheer En Privacy',
      organisationId: municipality.id,
      roles: ['administrator', 'privacy_officer'],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error).toMatchObject({ code: 'ROLES_CONFLICT', issues: [{ path: 'roles' }] });
    const officer = await createUser(db, { role: 'access_officer' });
    const promote = await client.patch(`/api/v1/users/${officer.id}`, { roles: ['access_officer', 'administrator'] });
    expect(promote.statusCode).toBe(400);
    expect(promote.json().error.code).toBe('ROLES_CONFLICT');
    const colleague = await createUser(db, { role: 'administrator', organisationId: municipality.id });
    const grant = await client.patch(`/api/v1/users/${colleague.id}`, { roles: ['administrator', 'privacy_officer'] });
    expect(grant.statusCode).toBe(400);
    const analyst = await client.patch(`/api/v1/users/${colleague.id}`, { roles: ['administrator', 'policy_analyst'] });
    expect(analyst.statusCode).toBe(200);
  });

  it('keeps the last active administrator of a region, also when two demote each other at once', async () => {
    const { db, signIn } = ctx();
    const region = await createRegion(db);
    const first = await createUser(db, { role: 'administrator', regionId: region.id });
    const second = await createUser(db, { role: 'administrator', regionId: region.id });
    const firstClient = await signIn(first.email);
    const secondClient = await signIn(second.email);
    const answers = await Promise.all([
      firstClient.patch(`/api/v1/users/${second.id}`, { active: false }),
      secondClient.patch(`/api/v1/users/${first.id}`, { roles: ['policy_analyst'] }),
    ]);
    const codes = answers.map((answer) => answer.statusCode).sort();
    // The one that runs second finds no other administrator (409), or, demoted already, no longer passes (403/401).
    expect(codes[0]).toBe(200);
    expect([401, 403, 409]).toContain(codes[1]);
    const left = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.regionId, region.id), eq(users.active, true), eq(userRoles.role, 'administrator')));
    expect(left).toHaveLength(1);
  });

  it('refuses to deactivate or demote the last active administrator with 409', async () => {
    const { db, services } = ctx();
    const region = await createRegion(db);
    const last = await createUser(db, { role: 'administrator', regionId: region.id });
    const retired = await createUser(db, { role: 'administrator', regionId: region.id, active: false });
    // Only reachable for an actor that is not itself an active administrator of the region
    // (a session that outlived its own demotion), so call the service as that actor.
    const actor = {
      actor: { userId: retired.id, regionId: region.id, roles: ['administrator'] },
      role: 'administrator',
      requestId: 'test',
    } as unknown as Parameters<typeof services.users.update>[0];
    await expect(services.users.update(actor, last.id, { active: false })).rejects.toMatchObject({
      code: 'LAST_ADMINISTRATOR',
    });
    await expect(services.users.update(actor, last.id, { roles: ['policy_analyst'] })).rejects.toMatchObject({
      code: 'LAST_ADMINISTRATOR',
    });
  });

  it('logs role, organisation and activation changes with before and after, for the privacy officer', async () => {
    const { db, signIn } = ctx();
    const { client } = await admin();
    const user = await createUser(db, { role: 'access_officer' });
    const other = await createOrganisation(db, { kind: 'regional_access', name: 'Andere Toegang' });
    expect(
      (
        await client.patch(`/api/v1/users/${user.id}`, {
          organisationId: other.id,
          roles: ['access_officer', 'policy_analyst'],
        })
      ).statusCode,
    ).toBe(200);
    expect((await client.patch(`/api/v1/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect((await client.patch(`/api/v1/users/${user.id}`, { displayName: 'Alleen Naam' })).statusCode).toBe(200);
    const entries = await db
      .select()
      .from(accessLog)
      .where(eq(accessLog.subjectId, user.id))
      .orderBy(accessLog.sequence);
    const changes = entries.filter((e) => e.action === 'user.access_change');
    expect(changes).toHaveLength(2);
    expect(changes[0]!.details).toMatchObject({
      before: { organisationId: user.organisationId, roles: ['access_officer'], active: true },
      after: {
        organisationId: other.id,
        organisationName: 'Andere Toegang',
        roles: ['access_officer', 'policy_analyst'],
      },
    });
    expect(changes[1]!.details).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(entries.filter((e) => e.action === 'user.update')).toHaveLength(1);
    const privacy = await signIn((await createUser(db, { role: 'privacy_officer' })).email);
    const log = await privacy.get(`/api/v1/access-log?subjectId=${user.id}&action=user.access_change`);
    expect(log.statusCode).toBe(200);
    expect(log.json().items).toHaveLength(2);
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
