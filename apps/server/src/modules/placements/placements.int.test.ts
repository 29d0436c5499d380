import type { FreePlaceList, PlacementSuggestions } from '@springplank/contract';
import { addDays, dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createStay, setCapacity } from '../../test/capacity-factories';
import { createRegion, createUser } from '../../test/factories';
import { createProviderWithPlaces, createWaitingPerson, insertOffer } from '../../test/placement-factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());

describe('placements: free places and suggestions', () => {
  const ctx = useTestApp();

  async function officer() {
    const user = await createUser(ctx().db, { role: 'access_officer' });
    return { user, client: await ctx().signIn(user.email) };
  }

  it('counts places − occupied − held per location and service on a day', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 3 });
    const occupant = await createWaitingPerson(db);
    await createStay(db, {
      personId: occupant.person.id,
      service: 'beschermd_wonen',
      locationId: location.id,
      startedOn: '2025-01-01',
    });
    const ended = await createWaitingPerson(db);
    await createStay(db, {
      personId: ended.person.id,
      service: 'beschermd_wonen',
      locationId: location.id,
      startedOn: '2024-01-01',
      endedOn: '2025-01-01',
    });
    const waiting = await createWaitingPerson(db);
    await insertOffer(db, { entry: waiting.entry, location });

    const response = await client.get('/api/v1/placements/free-places');
    expect(response.statusCode).toBe(200);
    const list = response.json<FreePlaceList>();
    expect(list.on).toBe(today());
    const place = list.items.find((item) => item.locationId === location.id);
    expect(place).toMatchObject({ service: 'beschermd_wonen', places: 3, occupied: 1, held: 1, free: 1 });
  });

  it('uses the capacity change in force on the day, and counts a stay that starts later as taken', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 1 });
    await setCapacity(db, {
      locationId: location.id,
      service: 'beschermd_wonen',
      places: 4,
      validFrom: addDays(today(), 10),
    });
    const later = await createWaitingPerson(db);
    await createStay(db, {
      personId: later.person.id,
      service: 'beschermd_wonen',
      locationId: location.id,
      startedOn: addDays(today(), 5),
    });
    const now = (await client.get('/api/v1/placements/free-places')).json<FreePlaceList>();
    expect(now.items.find((item) => item.locationId === location.id)).toMatchObject({
      places: 1,
      occupied: 1,
      free: 0,
    });
    const future = (
      await client.get(`/api/v1/placements/free-places?on=${addDays(today(), 10)}`)
    ).json<FreePlaceList>();
    expect(future.items.find((item) => item.locationId === location.id)).toMatchObject({
      places: 4,
      occupied: 1,
      free: 3,
    });
  });

  it('ranks the waiting list for a place and explains each candidate, and logs who was shown', async () => {
    const { db } = ctx();
    const { user, client } = await officer();
    const { location } = await createProviderWithPlaces(db, {
      places: 2,
      expertiseTags: ['addiction', 'pets_allowed'],
      municipalityCode: 'GM0150',
    });
    const normal = await createWaitingPerson(db, { listedOn: addDays(today(), -30) });
    const urgent = await createWaitingPerson(db, {
      priority: 'urgent',
      listedOn: addDays(today(), -128),
      expertiseNeeds: ['addiction', 'autism'],
      preferredMunicipalityCode: 'GM0150',
      person: { givenName: 'Uma', familyName: 'Urgent', birthDate: '2004-01-01' },
    });
    const declined = await createWaitingPerson(db, { priority: 'high', listedOn: addDays(today(), -60) });
    await insertOffer(db, { entry: declined.entry, location, status: 'declined' });
    const alreadyOffered = await createWaitingPerson(db, { priority: 'urgent' });
    await insertOffer(db, { entry: alreadyOffered.entry, location });
    const otherService = await createWaitingPerson(db, { service: 'housing_first', priority: 'urgent' });

    const response = await client.get(
      `/api/v1/placements/suggestions?locationId=${location.id}&service=beschermd_wonen`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json<PlacementSuggestions>();
    expect(body.place).toMatchObject({ locationId: location.id, places: 2, held: 1, free: 1 });
    const mine = [normal, urgent, declined].map((w) => w.entry.id);
    const shownIds = body.candidates.map((c) => c.waitlistEntryId);
    expect(shownIds.filter((id) => mine.includes(id))).toEqual([urgent.entry.id, declined.entry.id, normal.entry.id]);
    expect(shownIds).not.toContain(alreadyOffered.entry.id);
    expect(shownIds).not.toContain(otherService.entry.id);

    const first = body.candidates.find((c) => c.waitlistEntryId === urgent.entry.id)!;
    expect(first).toMatchObject({ personName: 'Uma Urgent', priority: 'urgent', declines: 0, waitingMonths: 4.2 });
    expect(first.age).toBeGreaterThanOrEqual(22);
    expect(first.reasons).toEqual([
      { code: 'service_match', service: 'beschermd_wonen' },
      { code: 'needs_met', tags: ['addiction'] },
      { code: 'needs_not_met', tags: ['autism'] },
      { code: 'priority', value: 'urgent' },
      { code: 'waiting_months', months: 4.2 },
      { code: 'preferred_municipality' },
    ]);
    const withDecline = body.candidates.find((c) => c.waitlistEntryId === declined.entry.id)!;
    expect(withDecline.declines).toBe(1);
    expect(withDecline.reasons).toContainEqual({ code: 'previous_declines', count: 1 });

    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, user.id), eq(accessLog.action, 'placement.suggestions')))
      .orderBy(accessLog.sequence);
    expect(logged.map((e) => e.subjectId)).toEqual(shownIds);
    expect(logged.map((e) => e.personId)).toContain(urgent.person.id);
  });

  it('answers 404 for a location of another region or without places for the service', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const region = await createRegion(db);
    const elsewhere = await createProviderWithPlaces(db, { places: 5, regionId: region.id });
    const foreign = await client.get(
      `/api/v1/placements/suggestions?locationId=${elsewhere.location.id}&service=beschermd_wonen`,
    );
    expect(foreign.statusCode).toBe(404);
    const list = (await client.get('/api/v1/placements/free-places')).json<FreePlaceList>();
    expect(list.items.map((item) => item.locationId)).not.toContain(elsewhere.location.id);
    const { location } = await createProviderWithPlaces(db, { places: 2 });
    const noSuchService = await client.get(
      `/api/v1/placements/suggestions?locationId=${location.id}&service=housing_first`,
    );
    expect(noSuchService.statusCode).toBe(404);
  });

  it('refuses a malformed query with a Dutch 400', async () => {
    const { client } = await officer();
    const response = await client.get('/api/v1/placements/suggestions?locationId=nope&service=beschermd_wonen');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
