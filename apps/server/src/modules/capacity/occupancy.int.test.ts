import type { OccupancyBoard, OccupancyRow } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { createOffer, createLocation, createStay, setCapacity } from '../../test/capacity-factories';
import { createPerson } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

describe('occupancy board', () => {
  const ctx = useTestApp();

  async function provider(name?: string) {
    const organisation = await createOrganisation(ctx().db, { kind: 'provider', name });
    const user = await createUser(ctx().db, { role: 'provider_staff', organisationId: organisation.id });
    return { organisation, client: await ctx().signIn(user.email) };
  }

  async function accessOfficer() {
    return ctx().signIn((await createUser(ctx().db, { role: 'access_officer' })).email);
  }

  async function stayOf(
    locationId: string,
    service: 'beschermd_wonen' | 'nachtopvang',
    startedOn: string,
    endedOn?: string,
  ) {
    const person = await createPerson(ctx().db);
    return createStay(ctx().db, { personId: person.id, locationId, service, startedOn, endedOn });
  }

  const rowOf = (board: OccupancyBoard, locationId: string, service: string): OccupancyRow | undefined =>
    board.rows.find((row) => row.locationId === locationId && row.service === service);

  it('counts places in force, occupied (half-open), held by pending offers, and free', async () => {
    const { db } = ctx();
    const { organisation, client } = await provider();
    const location = await createLocation(db, { organisationId: organisation.id });
    await setCapacity(db, { locationId: location.id, service: 'beschermd_wonen', places: 5, validFrom: '2026-01-01' });
    await setCapacity(db, { locationId: location.id, service: 'beschermd_wonen', places: 7, validFrom: '2026-04-01' });
    await stayOf(location.id, 'beschermd_wonen', '2026-01-10'); // occupies
    await stayOf(location.id, 'beschermd_wonen', '2026-02-01', '2026-03-10'); // left on the day: not in it
    await stayOf(location.id, 'beschermd_wonen', '2026-03-10'); // starts on the day: occupies
    await stayOf(location.id, 'beschermd_wonen', '2026-03-11'); // not yet
    await stayOf(location.id, 'beschermd_wonen', '2026-01-01', '2026-03-11'); // leaves tomorrow: occupies
    const waiting = [await createPerson(db), await createPerson(db), await createPerson(db)];
    await createOffer(db, { personId: waiting[0]!.id, locationId: location.id, service: 'beschermd_wonen' });
    await createOffer(db, {
      personId: waiting[1]!.id,
      locationId: location.id,
      service: 'beschermd_wonen',
      status: 'declined',
    });
    await createOffer(db, {
      personId: waiting[2]!.id,
      locationId: location.id,
      service: 'beschermd_wonen',
      status: 'withdrawn',
    });

    const response = await client.get('/api/v1/occupancy?date=2026-03-10');
    expect(response.statusCode).toBe(200);
    const board = response.json<OccupancyBoard>();
    expect(board.date).toBe('2026-03-10');
    expect(rowOf(board, location.id, 'beschermd_wonen')).toMatchObject({
      places: 5,
      occupied: 3,
      held: 1,
      free: 1,
      shelter: false,
      nextChange: { places: 7, validFrom: '2026-04-01' },
    });
    expect(board.totals).toEqual([
      { service: 'beschermd_wonen', shelter: false, places: 5, occupied: 3, held: 1, free: 1 },
    ]);

    const later = (await client.get('/api/v1/occupancy?date=2026-04-01')).json<OccupancyBoard>();
    expect(rowOf(later, location.id, 'beschermd_wonen')).toMatchObject({
      places: 7,
      occupied: 3,
      held: 1,
      free: 3,
      nextChange: null,
    });
    const before = (await client.get('/api/v1/occupancy?date=2025-12-31')).json<OccupancyBoard>();
    expect(rowOf(before, location.id, 'beschermd_wonen')).toMatchObject({ places: 0, occupied: 0, held: 1, free: -1 });
  });

  it('shows a provider only its own locations, the access officer every provider, with totals per service', async () => {
    const { db } = ctx();
    const a = await provider('Aanbieder A');
    const b = await provider('Aanbieder B');
    const locationA = await createLocation(db, { organisationId: a.organisation.id });
    const locationB = await createLocation(db, { organisationId: b.organisation.id, municipalityCode: 'GM0301' });
    await setCapacity(db, { locationId: locationA.id, service: 'nachtopvang', places: 4 });
    await setCapacity(db, { locationId: locationB.id, service: 'nachtopvang', places: 6 });
    await stayOf(locationB.id, 'nachtopvang', '2026-03-01');

    const asA = (await a.client.get('/api/v1/occupancy?date=2026-03-10')).json<OccupancyBoard>();
    expect(asA.rows.map((row) => row.locationId)).toEqual([locationA.id]);
    expect(asA.totals).toEqual([{ service: 'nachtopvang', shelter: true, places: 4, occupied: 0, held: 0, free: 4 }]);
    expect(asA.longStay).toMatchObject({ n: 0, long: 0, share: null });

    const officer = await accessOfficer();
    const all = (await officer.get('/api/v1/occupancy?date=2026-03-10')).json<OccupancyBoard>();
    expect(rowOf(all, locationA.id, 'nachtopvang')?.free).toBe(4);
    expect(rowOf(all, locationB.id, 'nachtopvang')).toMatchObject({ places: 6, occupied: 1, free: 5, shelter: true });
    const zutphen = (
      await officer.get('/api/v1/occupancy?date=2026-03-10&municipalityCode=GM0301')
    ).json<OccupancyBoard>();
    expect(zutphen.rows.every((row) => row.municipalityCode === 'GM0301')).toBe(true);
    expect(rowOf(zutphen, locationB.id, 'nachtopvang')).toBeDefined();
    const bw = (await officer.get('/api/v1/occupancy?date=2026-03-10&service=beschermd_wonen')).json<OccupancyBoard>();
    expect(bw.rows.every((row) => row.service === 'beschermd_wonen')).toBe(true);
    expect(rowOf(bw, locationB.id, 'nachtopvang')).toBeUndefined();
  });

  it('leaves out services the region switched off and inactive locations', async () => {
    const { db, signIn } = ctx();
    const { organisation, client } = await provider();
    const open = await createLocation(db, { organisationId: organisation.id });
    const closed = await createLocation(db, { organisationId: organisation.id, active: false });
    await setCapacity(db, { locationId: open.id, service: 'bed_and_break', places: 2 });
    await setCapacity(db, { locationId: open.id, service: 'crisisopvang', places: 2 });
    await setCapacity(db, { locationId: closed.id, service: 'crisisopvang', places: 3 });
    const admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    expect((await admin.put('/api/v1/services/bed_and_break', { active: false })).statusCode).toBe(200);
    const board = (await client.get('/api/v1/occupancy?date=2026-03-10')).json<OccupancyBoard>();
    expect(board.rows.map((row) => `${row.locationId}|${row.service}`)).toEqual([`${open.id}|crisisopvang`]);
    expect((await admin.put('/api/v1/services/bed_and_break', { active: true })).statusCode).toBe(200);
  });

  it('shows the share of current shelter stays longer than three months against the target (month-end rule)', async () => {
    const { db } = ctx();
    const { organisation, client } = await provider();
    const location = await createLocation(db, { organisationId: organisation.id });
    await setCapacity(db, { locationId: location.id, service: 'nachtopvang', places: 10 });
    await stayOf(location.id, 'nachtopvang', '2026-02-28'); // + 3 months = 2026-05-28 < 05-31: long
    await stayOf(location.id, 'nachtopvang', '2026-03-01'); // + 3 months = 2026-06-01: not long
    await stayOf(location.id, 'nachtopvang', '2026-01-15'); // long
    await stayOf(location.id, 'nachtopvang', '2025-10-01', '2026-05-31'); // left that day: not counted
    await stayOf(location.id, 'beschermd_wonen', '2025-01-01'); // BW: never in the shelter share

    const board = (await client.get('/api/v1/occupancy?date=2026-05-31')).json<OccupancyBoard>();
    expect(board.longStay).toMatchObject({ n: 3, long: 2, target: 1 / 3 });
    expect(board.longStay.share).toBeCloseTo(2 / 3);
    expect(board.longStay.perService.find((row) => row.service === 'nachtopvang')).toEqual({
      service: 'nachtopvang',
      n: 3,
      long: 2,
    });
    const onThe28th = (await client.get('/api/v1/occupancy?date=2026-05-28')).json<OccupancyBoard>();
    expect(onThe28th.longStay).toMatchObject({ n: 4, long: 2 }); // 02-28 + 3 months is not before 05-28
  });

  it('refuses a date that is not a calendar date with a Dutch 400', async () => {
    const client = await accessOfficer();
    const response = await client.get('/api/v1/occupancy?date=2026-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
