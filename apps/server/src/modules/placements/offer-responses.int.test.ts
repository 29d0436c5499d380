import type { Offer, PlacementSuggestions } from '@springplank/contract';
import { addDays, dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { accessLog, offers, stays, waitlistEntries } from '../../db/schema';
import type { ActorContext } from '../../shared/context';
import { createStay, setCapacity } from '../../test/capacity-factories';
import { createUser } from '../../test/factories';
import { createProviderWithPlaces, createWaitingPerson } from '../../test/placement-factories';
import { useTestApp } from '../../test/test-app';
import { OffersRepository } from './offers.repository';
import { PlacementsService } from './placements.service';

const today = () => dutchDateOf(new Date());

/** An offers repository whose last write of a placement fails, as a broken disk or bug would. */
class FailingOffersRepository extends OffersRepository {
  override async respond(db: Db, id: string, patch: Parameters<OffersRepository['respond']>[2]): Promise<boolean> {
    if (patch.status === 'accepted') throw new Error('injected failure after the stay was written');
    return super.respond(db, id, patch);
  }
}

describe('offers: the provider accepts or declines', () => {
  const ctx = useTestApp();

  /** A provider with places, a person on the waiting list and a pending offer made through the API. */
  async function pendingOffer(places = 1) {
    const { db, signIn } = ctx();
    const officerUser = await createUser(db, { role: 'access_officer' });
    const officer = await signIn(officerUser.email);
    const provider = await createProviderWithPlaces(db, { places });
    const waiting = await createWaitingPerson(db, { listedOn: addDays(today(), -90) });
    const response = await officer.post('/api/v1/offers', {
      waitlistEntryId: waiting.entry.id,
      locationId: provider.location.id,
      proposedStartOn: addDays(today(), 3),
    });
    expect(response.statusCode).toBe(201);
    const staff = await signIn(provider.staff.email);
    return { officer, officerUser, provider, staff, waiting, offer: response.json<Offer>() };
  }

  async function unchanged(offerId: string, entryId: string, personId: string) {
    const { db } = ctx();
    const [offer] = await db.select().from(offers).where(eq(offers.id, offerId));
    const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entryId));
    const placed = await db
      .select()
      .from(stays)
      .where(and(eq(stays.personId, personId), eq(stays.service, 'beschermd_wonen')));
    return { offer, entry, placed };
  }

  it('accepting starts the stay, removes the entry as placed and marks the offer accepted, logged', async () => {
    const { db } = ctx();
    const { provider, staff, waiting, offer } = await pendingOffer();
    const startOn = addDays(today(), 5);
    const response = await staff.post(`/api/v1/offers/${offer.id}/accept`, { startOn });
    expect(response.statusCode).toBe(200);
    const accepted = response.json<Offer>();
    expect(accepted).toMatchObject({ status: 'accepted', startedOn: startOn, respondedBy: provider.staff.displayName });
    expect(accepted.person?.id).toBe(waiting.person.id);
    const [stay] = await db.select().from(stays).where(eq(stays.id, accepted.stayId!));
    expect(stay).toMatchObject({
      personId: waiting.person.id,
      service: 'beschermd_wonen',
      organisationId: provider.organisation.id,
      locationId: provider.location.id,
      startedOn: startOn,
      endedOn: null,
      createdByUserId: provider.staff.id,
    });
    const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, waiting.entry.id));
    expect(entry).toMatchObject({ removedOn: startOn, removalReason: 'placed' });
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'offer.accept'), eq(accessLog.subjectId, offer.id)));
    expect(logged[0]).toMatchObject({ userId: provider.staff.id, personId: waiting.person.id });
  });

  it('the held place becomes occupied: still one place taken, and no second acceptance', async () => {
    const { provider, staff, officer, offer } = await pendingOffer();
    expect((await staff.post(`/api/v1/offers/${offer.id}/accept`, {})).statusCode).toBe(200);
    const places = await officer.get(`/api/v1/placements/free-places?on=${addDays(today(), 3)}`);
    expect(
      places.json().items.find((p: { locationId: string }) => p.locationId === provider.location.id),
    ).toMatchObject({
      occupied: 1,
      held: 0,
      free: 0,
    });
    const again = await staff.post(`/api/v1/offers/${offer.id}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('OFFER_NOT_PENDING');
  });

  it('refuses to accept when the place was lost meanwhile (capacity lowered), and changes nothing', async () => {
    const { db } = ctx();
    const { provider, staff, waiting, offer } = await pendingOffer();
    await setCapacity(db, {
      locationId: provider.location.id,
      service: 'beschermd_wonen',
      places: 0,
      validFrom: today(),
    });
    const response = await staff.post(`/api/v1/offers/${offer.id}/accept`, {});
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('NO_FREE_PLACE');
    const state = await unchanged(offer.id, waiting.entry.id, waiting.person.id);
    expect(state.offer?.status).toBe('pending');
    expect(state.entry?.removedOn).toBeNull();
    expect(state.placed).toEqual([]);
  });

  it('leaves neither a stay nor a removed entry when the stay cannot be written (unique stay)', async () => {
    const { db } = ctx();
    const { staff, waiting, offer } = await pendingOffer(2);
    const startOn = addDays(today(), 3);
    // A stay that already exists for this person, service and start date (an earlier import).
    await createStay(db, {
      personId: waiting.person.id,
      service: 'beschermd_wonen',
      startedOn: startOn,
      providerRef: 'Import',
    });
    const response = await staff.post(`/api/v1/offers/${offer.id}/accept`, { startOn });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('STAY_ALREADY_EXISTS');
    const state = await unchanged(offer.id, waiting.entry.id, waiting.person.id);
    expect(state.offer).toMatchObject({ status: 'pending', stayId: null });
    expect(state.entry).toMatchObject({ removedOn: null, removalReason: null });
    expect(state.placed).toHaveLength(1);
    expect(state.placed[0]?.providerRef).toBe('Import');
  });

  it('leaves neither a stay nor a removed entry when the last write fails (injected)', async () => {
    const { db } = ctx();
    const { provider, waiting, offer } = await pendingOffer();
    const service = new PlacementsService(db, ctx().services.accessLog, {
      offersRepository: new FailingOffersRepository(),
    });
    const actor: ActorContext = {
      actor: {
        userId: provider.staff.id,
        displayName: provider.staff.displayName,
        email: provider.staff.email,
        locale: 'nl',
        regionId: provider.organisation.regionId,
        regionSlug: 'midden-ijssel',
        regionName: 'Midden-IJssel',
        organisationId: provider.organisation.id,
        organisationName: provider.organisation.name,
        organisationKind: 'provider',
        roles: ['provider_staff'],
        sessionId: 'test',
        csrfToken: 'test',
        sessionExpiresAt: new Date(Date.now() + 60_000),
      },
      role: 'provider_staff',
      requestId: 'test-request',
    };
    await expect(service.responses.accept(actor, offer.id, {})).rejects.toThrow('injected failure');
    const state = await unchanged(offer.id, waiting.entry.id, waiting.person.id);
    expect(state.offer?.status).toBe('pending');
    expect(state.entry?.removedOn).toBeNull();
    expect(state.placed).toEqual([]);
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'offer.accept'), eq(accessLog.subjectId, offer.id)));
    expect(logged).toEqual([]);
  });

  it('refuses a start date before the person was put on the waiting list', async () => {
    const { staff, offer } = await pendingOffer();
    const response = await staff.post(`/api/v1/offers/${offer.id}/accept`, { startOn: addDays(today(), -365) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('startOn');
  });

  it('declining needs a reason, frees the place, keeps the person waiting and counts the decline', async () => {
    const { db } = ctx();
    const { provider, staff, officer, waiting, offer } = await pendingOffer();
    const noReason = await staff.post(`/api/v1/offers/${offer.id}/decline`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues[0].path).toBe('reason');
    const response = await staff.post(`/api/v1/offers/${offer.id}/decline`, { reason: 'Geen plek voor een hond.' });
    expect(response.statusCode).toBe(200);
    expect(response.json<Offer>()).toMatchObject({
      status: 'declined',
      declineReason: 'Geen plek voor een hond.',
      person: null,
    });
    const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, waiting.entry.id));
    expect(entry?.removedOn).toBeNull();

    const suggestions = (
      await officer.get(`/api/v1/placements/suggestions?locationId=${provider.location.id}&service=beschermd_wonen`)
    ).json<PlacementSuggestions>();
    expect(suggestions.place.free).toBe(1);
    const candidate = suggestions.candidates.find((c) => c.waitlistEntryId === waiting.entry.id);
    expect(candidate?.declines).toBe(1);
    expect(candidate?.reasons).toContainEqual({ code: 'previous_declines', count: 1 });

    // Offered again and declined again: counted per person.
    const second = await officer.post('/api/v1/offers', {
      waitlistEntryId: waiting.entry.id,
      locationId: provider.location.id,
      proposedStartOn: addDays(today(), 4),
    });
    expect(second.json<Offer>().person?.declines).toBe(1);
    await staff.post(`/api/v1/offers/${second.json<Offer>().id}/decline`, { reason: 'Groep is te onrustig.' });
    const detail = (await officer.get(`/api/v1/offers/${second.json<Offer>().id}`)).json<Offer>();
    expect(detail.person?.declines).toBe(2);
    expect((await staff.post(`/api/v1/offers/${offer.id}/decline`, { reason: 'Nog eens' })).statusCode).toBe(409);
  });

  it('another provider can neither read, accept nor decline the offer (404), and access cannot answer it (403)', async () => {
    const { db, signIn } = ctx();
    const { officer, waiting, offer } = await pendingOffer();
    const stranger = await createProviderWithPlaces(db, { places: 1 });
    const other = await signIn(stranger.staff.email);
    expect((await other.get(`/api/v1/offers/${offer.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/offers/${offer.id}/accept`, {})).statusCode).toBe(404);
    expect((await other.post(`/api/v1/offers/${offer.id}/decline`, { reason: 'Niet van ons' })).statusCode).toBe(404);
    expect((await officer.post(`/api/v1/offers/${offer.id}/accept`, {})).statusCode).toBe(403);
    const state = await unchanged(offer.id, waiting.entry.id, waiting.person.id);
    expect(state.offer?.status).toBe('pending');
  });
});
