import type { LocationDetail, LocationList, RegionServiceList } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { addDays } from '@springplank/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { capacityChanges, locations } from '../../db/schema';
import { createLocation, setCapacity } from '../../test/capacity-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());

describe('service catalogue, locations and capacity', () => {
  const ctx = useTestApp();

  async function provider() {
    const organisation = await createOrganisation(ctx().db, { kind: 'provider' });
    const user = await createUser(ctx().db, { role: 'provider_staff', organisationId: organisation.id });
    return { organisation, user, client: await ctx().signIn(user.email) };
  }

  async function signedIn(role: 'administrator' | 'access_officer') {
    return ctx().signIn((await createUser(ctx().db, { role })).email);
  }

  it('lets the administrator switch a service off and on; then capacity for it is refused', async () => {
    const admin = await signedIn('administrator');
    const { organisation, client } = await provider();
    const location = await createLocation(ctx().db, { organisationId: organisation.id });
    const off = await admin.put('/api/v1/services/housing_first', { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json<RegionServiceList>().items).toContainEqual({
      service: 'housing_first',
      active: false,
      shelter: false,
    });
    const seen = (await client.get('/api/v1/services')).json<RegionServiceList>();
    expect(seen.items.find((item) => item.service === 'housing_first')?.active).toBe(false);
    expect(seen.items.find((item) => item.service === 'nachtopvang')).toEqual({
      service: 'nachtopvang',
      active: true,
      shelter: true,
    });
    const refused = await client.post(`/api/v1/locations/${location.id}/capacity`, {
      service: 'housing_first',
      places: 3,
      validFrom: '2026-01-01',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('SERVICE_NOT_OFFERED');
    expect((await admin.put('/api/v1/services/housing_first', { active: true })).statusCode).toBe(200);
    expect((await admin.put('/api/v1/services/not_a_service', { active: true })).statusCode).toBe(400);
  });

  it('lets the administrator create and edit a location for a provider, but not for another kind', async () => {
    const admin = await signedIn('administrator');
    const { organisation } = await provider();
    const created = await admin.post('/api/v1/locations', {
      organisationId: organisation.id,
      name: 'Huis aan de IJssel',
      address: 'Welle 1, Deventer',
      municipalityCode: 'GM0150',
      expertiseTags: ['autism', 'pets_allowed', 'autism'],
    });
    expect(created.statusCode).toBe(201);
    const location = created.json<LocationDetail>();
    expect(location).toMatchObject({
      organisationId: organisation.id,
      municipalityCode: 'GM0150',
      municipalityName: 'Deventer',
      active: true,
      expertiseTags: ['autism', 'pets_allowed'],
      services: [],
    });
    const edited = await admin.patch(`/api/v1/locations/${location.id}`, {
      municipalityCode: 'GM0301',
      active: false,
      expertiseTags: ['young_adults'],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<LocationDetail>()).toMatchObject({
      municipalityCode: 'GM0301',
      active: false,
      expertiseTags: ['young_adults'],
    });

    const police = await createOrganisation(ctx().db, { kind: 'police' });
    const wrongKind = await admin.post('/api/v1/locations', {
      organisationId: police.id,
      name: 'Bureau',
      address: 'Brink 2, Deventer',
      municipalityCode: 'GM0150',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.code).toBe('NOT_A_PROVIDER');
    const unknownMunicipality = await admin.post('/api/v1/locations', {
      organisationId: organisation.id,
      name: 'Elders',
      address: 'Dam 1, Amsterdam',
      municipalityCode: 'GM0363',
    });
    expect(unknownMunicipality.statusCode).toBe(400);
    expect(unknownMunicipality.json().error.code).toBe('MUNICIPALITY_UNKNOWN');
    const badTag = await admin.patch(`/api/v1/locations/${location.id}`, { expertiseTags: ['swimming_pool'] });
    expect(badTag.statusCode).toBe(400);
  });

  it('records places over time with who recorded them; today’s places are the latest change in force', async () => {
    const { db } = ctx();
    const { organisation, user, client } = await provider();
    const location = await createLocation(db, { organisationId: organisation.id });
    const record = (places: number, validFrom: string, note?: string) =>
      client.post(`/api/v1/locations/${location.id}/capacity`, { service: 'beschermd_wonen', places, validFrom, note });
    expect((await record(10, addDays(today(), -30), 'Start')).statusCode).toBe(201);
    expect((await record(12, addDays(today(), -1))).statusCode).toBe(201);
    const future = await record(8, addDays(today(), 20), 'Verbouwing');
    expect(future.statusCode).toBe(201);
    const detail = future.json<LocationDetail>();
    expect(detail.services).toHaveLength(1);
    expect(detail.services[0]).toMatchObject({ service: 'beschermd_wonen', placesToday: 12 });
    expect(detail.services[0]?.changes.map((change) => [change.places, change.validFrom])).toEqual([
      [8, addDays(today(), 20)],
      [12, addDays(today(), -1)],
      [10, addDays(today(), -30)],
    ]);
    expect(detail.services[0]?.changes[0]).toMatchObject({ note: 'Verbouwing', recordedBy: user.displayName });
    const rows = await db.select().from(capacityChanges).where(eq(capacityChanges.locationId, location.id));
    expect(rows.every((row) => row.recordedByUserId === user.id)).toBe(true);

    const sameDay = await record(11, addDays(today(), -1));
    expect(sameDay.statusCode).toBe(409);
    expect(sameDay.json().error.code).toBe('CAPACITY_DATE_TAKEN');
    const negative = await record(-1, today());
    expect(negative.statusCode).toBe(400);
  });

  it('lets provider staff see and change only their own locations (404 for another provider’s)', async () => {
    const { db } = ctx();
    const a = await provider();
    const b = await provider();
    const own = await createLocation(db, { organisationId: a.organisation.id, expertiseTags: ['addiction'] });
    const other = await createLocation(db, { organisationId: b.organisation.id, name: 'Van B' });
    await setCapacity(db, { locationId: other.id, service: 'nachtopvang', places: 5 });

    const list = (await a.client.get('/api/v1/locations')).json<LocationList>();
    expect(list.items.map((item) => item.id)).toEqual([own.id]);
    const asOther = (await a.client.get(`/api/v1/locations?organisationId=${b.organisation.id}`)).json<LocationList>();
    expect(asOther.items).toEqual([]);
    expect((await a.client.get(`/api/v1/locations/${other.id}`)).statusCode).toBe(404);
    expect((await a.client.patch(`/api/v1/locations/${other.id}`, { expertiseTags: [] })).statusCode).toBe(404);
    const capacity = await a.client.post(`/api/v1/locations/${other.id}/capacity`, {
      service: 'nachtopvang',
      places: 0,
      validFrom: today(),
    });
    expect(capacity.statusCode).toBe(404);
    const [unchanged] = await db.select().from(locations).where(eq(locations.id, other.id));
    expect(unchanged?.name).toBe('Van B');
    expect(await db.select().from(capacityChanges).where(eq(capacityChanges.locationId, other.id))).toHaveLength(1);

    const tags = await a.client.patch(`/api/v1/locations/${own.id}`, { expertiseTags: ['addiction', 'young_adults'] });
    expect(tags.statusCode).toBe(200);
    expect(tags.json<LocationDetail>().expertiseTags).toEqual(['addiction', 'young_adults']);

    const officer = await signedIn('access_officer');
    const all = (await officer.get('/api/v1/locations')).json<LocationList>();
    expect(all.items.map((item) => item.id)).toEqual(expect.arrayContaining([own.id, other.id]));
    expect((await officer.get(`/api/v1/locations/${other.id}`)).json<LocationDetail>().services[0]).toMatchObject({
      service: 'nachtopvang',
      placesToday: 5,
    });
    expect((await officer.patch(`/api/v1/locations/${own.id}`, { active: false })).statusCode).toBe(403);
  });
});
