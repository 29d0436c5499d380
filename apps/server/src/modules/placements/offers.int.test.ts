import type { Offer, OfferList } from '@springplank/contract';
import { addDays, dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, locations, offers, waitlistEntries } from '../../db/schema';
import { createReportRow } from '../../test/case-factories';
import { createUser } from '../../test/factories';
import { createProviderWithPlaces, createWaitingPerson, insertOffer } from '../../test/placement-factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());

describe('offers: making, withdrawing and reading', () => {
  const ctx = useTestApp();

  async function officer() {
    const user = await createUser(ctx().db, { role: 'access_officer' });
    return { user, client: await ctx().signIn(user.email) };
  }

  function offerBody(entryId: string, locationId: string, note?: string) {
    return { waitlistEntryId: entryId, locationId, proposedStartOn: addDays(today(), 7), ...(note ? { note } : {}) };
  }

  it('makes a pending offer that holds the place, and logs it with the person', async () => {
    const { db } = ctx();
    const { user, client } = await officer();
    const { location, organisation } = await createProviderWithPlaces(db, { places: 1 });
    const waiting = await createWaitingPerson(db);
    const response = await client.post('/api/v1/offers', offerBody(waiting.entry.id, location.id, 'Kan volgende week'));
    expect(response.statusCode).toBe(201);
    const offer = response.json<Offer>();
    expect(offer).toMatchObject({
      status: 'pending',
      service: 'beschermd_wonen',
      organisationId: organisation.id,
      locationId: location.id,
      note: 'Kan volgende week',
      offeredBy: user.displayName,
      person: { id: waiting.person.id, declines: 0 },
    });
    const places = await client.get('/api/v1/placements/free-places');
    expect(places.json().items.find((p: { locationId: string }) => p.locationId === location.id)).toMatchObject({
      held: 1,
      free: 0,
    });
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'offer.create'), eq(accessLog.subjectId, offer.id)));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ userId: user.id, personId: waiting.person.id });
  });

  it('refuses an offer when the place is taken (409, in Dutch) and stores nothing', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 1 });
    const first = await createWaitingPerson(db);
    const second = await createWaitingPerson(db);
    expect((await client.post('/api/v1/offers', offerBody(first.entry.id, location.id))).statusCode).toBe(201);
    const refused = await client.post('/api/v1/offers', offerBody(second.entry.id, location.id));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'NO_FREE_PLACE' });
    expect(refused.json().error.message).toContain('geen vrije plaats');
    expect(await db.select().from(offers).where(eq(offers.waitlistEntryId, second.entry.id))).toEqual([]);
  });

  it('lets exactly one of two officers offering the last place at once succeed', async () => {
    const { db } = ctx();
    const a = await officer();
    const b = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 1 });
    const first = await createWaitingPerson(db);
    const second = await createWaitingPerson(db);
    const responses = await Promise.all([
      a.client.post('/api/v1/offers', offerBody(first.entry.id, location.id)),
      b.client.post('/api/v1/offers', offerBody(second.entry.id, location.id)),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const loser = responses.find((r) => r.statusCode === 409)!;
    expect(loser.json().error.code).toBe('NO_FREE_PLACE');
    const pending = await db
      .select()
      .from(offers)
      .where(and(eq(offers.locationId, location.id), eq(offers.status, 'pending')));
    expect(pending).toHaveLength(1);
  });

  it('allows one pending offer per waiting-list entry', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const one = await createProviderWithPlaces(db, { places: 2 });
    const two = await createProviderWithPlaces(db, { places: 2 });
    const waiting = await createWaitingPerson(db);
    expect((await client.post('/api/v1/offers', offerBody(waiting.entry.id, one.location.id))).statusCode).toBe(201);
    const again = await client.post('/api/v1/offers', offerBody(waiting.entry.id, two.location.id));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('OFFER_ALREADY_PENDING');
  });

  it('refuses a start date in the past, a closed entry, an unknown entry and an inactive location', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 3 });
    const waiting = await createWaitingPerson(db);
    const past = await client.post('/api/v1/offers', {
      ...offerBody(waiting.entry.id, location.id),
      proposedStartOn: addDays(today(), -1),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.issues[0].path).toBe('proposedStartOn');
    const badDate = await client.post('/api/v1/offers', {
      ...offerBody(waiting.entry.id, location.id),
      proposedStartOn: '2026-13-45',
    });
    expect(badDate.statusCode).toBe(400);

    const gone = await createWaitingPerson(db);
    await db
      .update(waitlistEntries)
      .set({ removedOn: today(), removalReason: 'withdrawn' })
      .where(eq(waitlistEntries.id, gone.entry.id));
    const closed = await client.post('/api/v1/offers', offerBody(gone.entry.id, location.id));
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('WAITLIST_ENTRY_CLOSED');

    const unknown = await client.post('/api/v1/offers', offerBody('00000000-0000-4000-8000-000000000000', location.id));
    expect(unknown.statusCode).toBe(404);

    const inactive = await createProviderWithPlaces(db, { places: 3 });
    await db.update(locations).set({ active: false }).where(eq(locations.id, inactive.location.id));
    const refused = await client.post('/api/v1/offers', offerBody(waiting.entry.id, inactive.location.id));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('LOCATION_INACTIVE');
  });

  it('withdraws a pending offer: the place is free again and the person can be offered anew', async () => {
    const { db } = ctx();
    const { user, client } = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 1 });
    const waiting = await createWaitingPerson(db);
    const offer = (await client.post('/api/v1/offers', offerBody(waiting.entry.id, location.id))).json<Offer>();
    const withdrawn = await client.post(`/api/v1/offers/${offer.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<Offer>()).toMatchObject({ status: 'withdrawn', respondedBy: user.displayName });
    const twice = await client.post(`/api/v1/offers/${offer.id}/withdraw`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('OFFER_NOT_PENDING');
    expect((await client.post('/api/v1/offers', offerBody(waiting.entry.id, location.id))).statusCode).toBe(201);
    const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, waiting.entry.id));
    expect(entry?.removedOn).toBeNull();
  });

  it('shows a provider only offers to its own organisation, with what it needs to decide and no report text', async () => {
    const { db, signIn } = ctx();
    const { client: access } = await officer();
    const own = await createProviderWithPlaces(db, { places: 2 });
    const other = await createProviderWithPlaces(db, { places: 2 });
    const waiting = await createWaitingPerson(db, {
      listedOn: '2026-03-01',
      expertiseNeeds: ['addiction'],
      motivation: 'Dakloos sinds de zomer; wil werken aan herstel.',
      person: { givenName: 'Piet', familyName: 'Plaats', birthDate: '1990-05-05' },
    });
    await createReportRow(db, { personId: waiting.person.id, concern: 'GEHEIME MELDTEKST over de persoon' });
    const elsewhere = await createWaitingPerson(db);
    const ownOffer = (await access.post('/api/v1/offers', offerBody(waiting.entry.id, own.location.id))).json<Offer>();
    const otherOffer = (
      await access.post('/api/v1/offers', offerBody(elsewhere.entry.id, other.location.id))
    ).json<Offer>();

    const provider = await signIn(own.staff.email);
    const list = await provider.get('/api/v1/offers?status=open');
    expect(list.statusCode).toBe(200);
    const body = list.json<OfferList>();
    expect(body.items.map((item) => item.id)).toEqual([ownOffer.id]);
    expect(body.items[0]?.person).toMatchObject({
      name: 'Piet Plaats',
      waitingSince: '2026-03-01',
      expertiseNeeds: ['addiction'],
      motivation: 'Dakloos sinds de zomer; wil werken aan herstel.',
      declines: null,
    });
    expect(body.items[0]?.person?.age).toBeGreaterThanOrEqual(35);
    expect(list.body).not.toContain('GEHEIME MELDTEKST');
    expect((await provider.get(`/api/v1/offers/${ownOffer.id}`)).statusCode).toBe(200);
    expect((await provider.get(`/api/v1/offers/${otherOffer.id}`)).statusCode).toBe(404);
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'offer.read'), eq(accessLog.subjectId, ownOffer.id)));
    expect(logged[0]).toMatchObject({ userId: own.staff.id, personId: waiting.person.id });
  });

  it('hides the person from the provider once its offer is no longer open', async () => {
    const { db, signIn } = ctx();
    const own = await createProviderWithPlaces(db, { places: 2 });
    const waiting = await createWaitingPerson(db);
    const declined = await insertOffer(db, { entry: waiting.entry, location: own.location, status: 'declined' });
    const provider = await signIn(own.staff.email);
    const detail = await provider.get(`/api/v1/offers/${declined.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<Offer>()).toMatchObject({ status: 'declined', person: null });
  });

  it('shows access officers every offer of the region, open and answered', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const { location } = await createProviderWithPlaces(db, { places: 2 });
    const waiting = await createWaitingPerson(db);
    const declined = await insertOffer(db, { entry: waiting.entry, location, status: 'declined' });
    const pending = (await client.post('/api/v1/offers', offerBody(waiting.entry.id, location.id))).json<Offer>();
    const open = (await client.get('/api/v1/offers?status=open&pageSize=200')).json<OfferList>();
    const answered = (await client.get('/api/v1/offers?status=answered&pageSize=200')).json<OfferList>();
    expect(open.items.map((o) => o.id)).toContain(pending.id);
    expect(open.items.map((o) => o.id)).not.toContain(declined.id);
    expect(answered.items.find((o) => o.id === declined.id)).toMatchObject({
      declineReason: 'Past niet in de groep.',
      person: { id: waiting.person.id, declines: 1 },
    });
  });
});
