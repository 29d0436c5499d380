import type { OccupancyBoard, ShelterPersonList, StayDetail } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, persons, stays } from '../../db/schema';
import { createLocation, createStay, setCapacity } from '../../test/capacity-factories';
import { createPerson } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());

describe('shelter intake', () => {
  const ctx = useTestApp();

  /** A shelter provider with one location of `beds` nachtopvang beds, and a signed-in employee. */
  async function shelter(beds: number) {
    const organisation = await createOrganisation(ctx().db, { kind: 'provider' });
    const user = await createUser(ctx().db, { role: 'provider_staff', organisationId: organisation.id });
    const location = await createLocation(ctx().db, { organisationId: organisation.id });
    await setCapacity(ctx().db, {
      locationId: location.id,
      service: 'nachtopvang',
      places: beds,
      validFrom: '2025-01-01',
    });
    return { organisation, location, user, client: await ctx().signIn(user.email) };
  }

  const newPerson = (familyName: string) => ({
    familyName,
    givenName: 'Ali',
    birthDate: '1990-04-01',
    municipalityCode: 'GM0150',
  });

  it('takes a new person in, logs person and stay, and the board shows one bed fewer free', async () => {
    const { db } = ctx();
    const { location, user, client } = await shelter(2);
    const before = (await client.get('/api/v1/occupancy')).json<OccupancyBoard>();
    expect(before.rows.find((row) => row.locationId === location.id)?.free).toBe(2);

    const response = await client.post('/api/v1/shelter/intake', {
      person: newPerson('Nieuwkomer'),
      locationId: location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(response.statusCode).toBe(201);
    const stay = response.json<StayDetail>();
    expect(stay).toMatchObject({
      service: 'nachtopvang',
      shelter: true,
      locationId: location.id,
      startedOn: today(),
      endedOn: null,
      createdBy: user.displayName,
      person: { name: 'Ali Nieuwkomer', birthDate: '1990-04-01', municipalityCode: 'GM0150' },
    });
    const actions = (
      await db
        .select()
        .from(accessLog)
        .where(and(eq(accessLog.userId, user.id), eq(accessLog.personId, stay.person.id)))
    ).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['person.create', 'stay.create']));

    const after = (await client.get('/api/v1/occupancy')).json<OccupancyBoard>();
    expect(after.rows.find((row) => row.locationId === location.id)).toMatchObject({ occupied: 1, free: 1 });
  });

  it('refuses the intake with a Dutch 409 when the location has no free bed (held offers count)', async () => {
    const { db } = ctx();
    const { location, client } = await shelter(1);
    const person = await createPerson(db);
    await createStay(db, {
      personId: person.id,
      locationId: location.id,
      service: 'nachtopvang',
      startedOn: '2026-01-01',
    });
    const response = await client.post('/api/v1/shelter/intake', {
      person: newPerson('Te Laat'),
      locationId: location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('NO_FREE_BED');
    expect(response.json().error.message).toMatch(/geen vrij bed/);
    // Nothing half-written: the new person was not kept either.
    expect(await db.select().from(persons).where(eq(persons.familyName, 'Te Laat'))).toEqual([]);
  });

  it('gives the last bed to exactly one of two simultaneous intakes', async () => {
    const { db } = ctx();
    const { location, client } = await shelter(1);
    const intake = (familyName: string) =>
      client.post('/api/v1/shelter/intake', {
        person: newPerson(familyName),
        locationId: location.id,
        service: 'nachtopvang',
        startedOn: today(),
      });
    const responses = await Promise.all([intake('Eerste'), intake('Tweede')]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const open = await db.select().from(stays).where(eq(stays.locationId, location.id));
    expect(open).toHaveLength(1);
  });

  it('refuses another provider’s location (404) and a known person the provider may not see (404)', async () => {
    const { db } = ctx();
    const a = await shelter(5);
    const b = await shelter(5);
    const intoA = await b.client.post('/api/v1/shelter/intake', {
      person: newPerson('Verkeerd'),
      locationId: a.location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(intoA.statusCode).toBe(404);
    const stranger = await createPerson(db, { familyName: 'Onbekend' });
    const unknownToB = await b.client.post('/api/v1/shelter/intake', {
      personId: stranger.id,
      locationId: b.location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(unknownToB.statusCode).toBe(404);
    expect(await db.select().from(stays).where(eq(stays.personId, stranger.id))).toEqual([]);

    // The access officer may take any person of the region into any location.
    const officer = await ctx().signIn((await createUser(db, { role: 'access_officer' })).email);
    const found = (await officer.get('/api/v1/shelter/persons?q=Onbekend')).json<ShelterPersonList>();
    expect(found.items.map((item) => item.id)).toContain(stranger.id);
    expect((await b.client.get('/api/v1/shelter/persons?q=Onbekend')).json<ShelterPersonList>().items).toEqual([]);
    const byOfficer = await officer.post('/api/v1/shelter/intake', {
      personId: stranger.id,
      locationId: a.location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(byOfficer.statusCode).toBe(201);
    expect(byOfficer.json<StayDetail>().organisationId).toBe(a.organisation.id);
    // Now placed with A, the person is A's client: A finds them.
    expect((await a.client.get('/api/v1/shelter/persons?q=Onbekend')).json<ShelterPersonList>().items).toHaveLength(1);
  });

  it('refuses a person already in shelter, a non-shelter service, a service switched off and an inactive location', async () => {
    const { db, signIn } = ctx();
    const { organisation, location, client } = await shelter(5);
    const first = await client.post('/api/v1/shelter/intake', {
      person: { ...newPerson('Dubbel'), bsn: '111222333' },
      locationId: location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(first.statusCode).toBe(201);
    // The same BSN finds the same person, who is already in shelter.
    const twice = await client.post('/api/v1/shelter/intake', {
      person: { ...newPerson('Dubbel'), bsn: '111222333' },
      locationId: location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_IN_SHELTER');

    const bw = await client.post('/api/v1/shelter/intake', {
      person: newPerson('Beschermd'),
      locationId: location.id,
      service: 'beschermd_wonen',
      startedOn: today(),
    });
    expect(bw.statusCode).toBe(400);

    const admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    await admin.put('/api/v1/services/crisisopvang', { active: false });
    await setCapacity(db, { locationId: location.id, service: 'crisisopvang', places: 3 });
    const off = await client.post('/api/v1/shelter/intake', {
      person: newPerson('Crisis'),
      locationId: location.id,
      service: 'crisisopvang',
      startedOn: today(),
    });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.code).toBe('SERVICE_NOT_OFFERED');
    await admin.put('/api/v1/services/crisisopvang', { active: true });

    const closed = await createLocation(db, { organisationId: organisation.id, active: false });
    await setCapacity(db, { locationId: closed.id, service: 'nachtopvang', places: 3 });
    const inactive = await client.post('/api/v1/shelter/intake', {
      person: newPerson('Dicht'),
      locationId: closed.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json().error.code).toBe('LOCATION_INACTIVE');

    const neither = await client.post('/api/v1/shelter/intake', {
      locationId: location.id,
      service: 'nachtopvang',
      startedOn: today(),
    });
    expect(neither.statusCode).toBe(400);
  });
});
