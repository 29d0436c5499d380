import { describe, expect, it } from 'vitest';
import { createRegion, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';
import { fieldIssue } from '../../test/field-issues';

describe('organisation administration', () => {
  const ctx = useTestApp();

  async function admin() {
    const { db, signIn } = ctx();
    const user = await createUser(db, { role: 'administrator' });
    return { user, client: await signIn(user.email) };
  }

  it('creates an outreach team with its working area and changes it', async () => {
    const { client } = await admin();
    const created = await client.post('/api/v1/organisations', {
      name: 'Bemoeizorgteam Test',
      kind: 'outreach_team',
      municipalityCodes: ['GM0262', 'GM0301'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Bemoeizorgteam Test',
      kind: 'outreach_team',
      municipalityCodes: ['GM0262', 'GM0301'],
      active: true,
      userCount: 0,
    });
    const changed = await client.patch(`/api/v1/organisations/${created.json().id}`, {
      municipalityCodes: ['GM0150'],
      active: false,
    });
    expect(changed.json()).toMatchObject({ municipalityCodes: ['GM0150'], active: false });
    const list = await client.get('/api/v1/organisations');
    expect(list.json().items.map((o: { name: string }) => o.name)).toContain('Bemoeizorgteam Test');
  });

  it('refuses a municipality outside the region and a duplicate name', async () => {
    const { db } = ctx();
    const { client } = await admin();
    const other = await createRegion(db);
    void other;
    const unknown = await client.post('/api/v1/organisations', {
      name: 'Team Elders',
      kind: 'outreach_team',
      municipalityCodes: ['GM0363'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('MUNICIPALITY_UNKNOWN');
    const badCode = await client.post('/api/v1/organisations', {
      name: 'Team Fout',
      kind: 'outreach_team',
      municipalityCodes: ['Deventer'],
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.issues).toEqual([fieldIssue('municipalityCodes.0', 'invalid_municipality_code')]);
    await client.post('/api/v1/organisations', { name: 'Dubbele Naam', kind: 'police' });
    const duplicate = await client.post('/api/v1/organisations', { name: 'Dubbele Naam', kind: 'police' });
    expect(duplicate.statusCode).toBe(409);
  });

  it('keeps an administrator from disabling their own organisation', async () => {
    const { user, client } = await admin();
    const response = await client.patch(`/api/v1/organisations/${user.organisationId}`, { active: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('SELF_LOCKOUT');
  });

  it('shows only the region’s own organisations', async () => {
    const { db } = ctx();
    const { client } = await admin();
    const other = await createRegion(db);
    const foreign = await createUser(db, { role: 'meldpunt_operator', regionId: other.id });
    const list = await client.get('/api/v1/organisations');
    expect(list.json().items.map((o: { id: string }) => o.id)).not.toContain(foreign.organisationId);
    expect(
      (await client.patch(`/api/v1/organisations/${foreign.organisationId}`, { name: 'Overgenomen' })).statusCode,
    ).toBe(404);
  });
});
