import type { ConferenceDetail, ConferenceList } from '@springplank/contract';
import { addDays, addMonths, dutchDateOf } from '@springplank/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createPerson } from '../../test/case-factories';
import { createOrganisation, createRegion, createUser } from '../../test/factories';
import {
  createConference,
  createDeclinedOffer,
  createFlowStay,
  createHousingRecord,
  createOpenWaitlistEntry,
} from '../../test/flow-factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());
/** A date just over three months ago, and one exactly three months ago (not yet a signal). */
const overThreeMonths = () => addMonths(addDays(today(), -1), -3);
const exactlyThreeMonths = () => addMonths(today(), -3);

describe('veldtafel', () => {
  const ctx = useTestApp();

  async function officer() {
    const user = await createUser(ctx().db, { role: 'access_officer' });
    return { user, client: await ctx().signIn(user.email) };
  }

  it('suggests cases for each of the four signals with the reason, and not those just under the limit', async () => {
    const { db } = ctx();
    const { client } = await officer();
    const provider = await createOrganisation(db, { kind: 'provider' });
    const waiting = await createPerson(db, { givenName: 'Wacht', familyName: 'Lang' });
    const entry = await createOpenWaitlistEntry(db, {
      personId: waiting.id,
      regionId: waiting.regionId,
      listedOn: overThreeMonths(),
    });
    const declining = await createPerson(db, { givenName: 'Twee', familyName: 'Keer' });
    const recent = await createOpenWaitlistEntry(db, {
      personId: declining.id,
      regionId: declining.regionId,
      listedOn: addDays(today(), -10),
    });
    await createDeclinedOffer(db, { personId: declining.id, waitlistEntryId: recent.id, organisationId: provider.id });
    await createDeclinedOffer(db, { personId: declining.id, waitlistEntryId: recent.id, organisationId: provider.id });
    const ready = await createPerson(db, { givenName: 'Klaar', familyName: 'Geen Huis' });
    await createHousingRecord(db, { personId: ready.id, regionId: ready.regionId, readyOn: overThreeMonths() });
    const shelter = await createPerson(db, { givenName: 'Lang', familyName: 'Opvang' });
    await createFlowStay(db, {
      personId: shelter.id,
      organisationId: provider.id,
      service: 'nachtopvang',
      startedOn: overThreeMonths(),
    });
    const justUnder = await createPerson(db, { givenName: 'Net', familyName: 'Niet' });
    await createOpenWaitlistEntry(db, {
      personId: justUnder.id,
      regionId: justUnder.regionId,
      listedOn: exactlyThreeMonths(),
    });
    await createFlowStay(db, {
      personId: justUnder.id,
      organisationId: provider.id,
      service: 'beschermd_wonen',
      startedOn: '2024-01-01',
    });
    const oneDecline = await createPerson(db);
    await createDeclinedOffer(db, { personId: oneDecline.id, waitlistEntryId: entry.id, organisationId: provider.id });

    const list = (await client.get('/api/v1/case-conferences')).json<ConferenceList>();
    const reasons = new Map(list.suggestions.map((s) => [s.personId, s.signals.map((hit) => hit.reason)]));
    expect(reasons.get(waiting.id)).toEqual(['waiting_over_3_months']);
    expect(reasons.get(declining.id)).toEqual(['repeated_declines']);
    expect(reasons.get(ready.id)).toEqual(['ready_not_housed_over_3_months']);
    expect(reasons.get(shelter.id)).toEqual(['long_shelter_stay']);
    expect(reasons.has(justUnder.id)).toBe(false);
    expect(reasons.has(oneDecline.id)).toBe(false);
    expect(list.suggestions.find((s) => s.personId === waiting.id)?.signals[0]).toMatchObject({
      since: overThreeMonths(),
    });
  });

  it('runs a meeting: agenda from a suggestion and by hand, decisions and follow-up actions, all logged', async () => {
    const { db } = ctx();
    const { client, user } = await officer();
    const provider = await createOrganisation(db, { kind: 'provider', name: 'Aanbieder Actie' });
    const ready = await createPerson(db, { givenName: 'Agenda', familyName: 'Punt' });
    await createHousingRecord(db, { personId: ready.id, regionId: ready.regionId, readyOn: overThreeMonths() });
    const manual = await createPerson(db, { givenName: 'Hand', familyName: 'Matig' });

    const created = await client.post('/api/v1/case-conferences', {
      title: 'Veldtafel december',
      heldOn: addDays(today(), 7),
    });
    expect(created.statusCode, created.body).toBe(200);
    const conference = created.json<ConferenceDetail>();
    expect(conference.suggestions.map((s) => s.personId)).toContain(ready.id);
    const base = `/api/v1/case-conferences/${conference.id}`;

    const suggested = await client.post(`${base}/items`, {
      personId: ready.id,
      reason: 'ready_not_housed_over_3_months',
    });
    expect(suggested.statusCode, suggested.body).toBe(200);
    expect(suggested.json<ConferenceDetail>().suggestions.map((s) => s.personId)).not.toContain(ready.id);
    const duplicate = await client.post(`${base}/items`, { personId: ready.id, reason: 'manual', note: 'Nog eens' });
    expect(duplicate.statusCode).toBe(409);
    const wrongSignal = await client.post(`${base}/items`, { personId: manual.id, reason: 'long_shelter_stay' });
    expect(wrongSignal.statusCode).toBe(400);
    expect(wrongSignal.json().error.code).toBe('SIGNAL_NOT_APPLICABLE');
    const noNote = await client.post(`${base}/items`, { personId: manual.id, reason: 'manual' });
    expect(noNote.statusCode).toBe(400);
    const byHand = await client.post(`${base}/items`, {
      personId: manual.id,
      reason: 'manual',
      note: 'Zorgen van de wijkagent',
    });
    const items = byHand.json<ConferenceDetail>().items;
    expect(items.map((i) => [i.personId, i.reason])).toEqual([
      [ready.id, 'ready_not_housed_over_3_months'],
      [manual.id, 'manual'],
    ]);

    const itemId = items[0]!.id;
    await client.patch(`${base}/items/${itemId}`, { decision: 'Urgentie aanvragen bij de corporatie.' });
    const withAction = await client.post(`${base}/items/${itemId}/actions`, {
      description: 'Urgentieaanvraag indienen',
      ownerOrganisationId: provider.id,
      dueOn: addDays(today(), 14),
    });
    const item = withAction.json<ConferenceDetail>().items[0]!;
    expect(item.decision).toBe('Urgentie aanvragen bij de corporatie.');
    expect(item.actions[0]).toMatchObject({ ownerOrganisationName: 'Aanbieder Actie', doneOn: null });
    const done = await client.patch(`${base}/actions/${item.actions[0]!.id}`, { done: true });
    expect(done.json<ConferenceDetail>().items[0]!.actions[0]!.doneOn).toBe(today());

    const list = (await client.get('/api/v1/case-conferences')).json<ConferenceList>();
    expect(list.items.find((c) => c.id === conference.id)).toMatchObject({ itemCount: 2, openActions: 0 });
    const logged = (await db.select().from(accessLog).where(eq(accessLog.userId, user.id))).map((e) => e.action);
    expect(logged).toEqual(
      expect.arrayContaining([
        'veldtafel.create',
        'veldtafel.item.add',
        'veldtafel.item.decision',
        'veldtafel.action.add',
        'veldtafel.action.update',
        'veldtafel.suggestions',
      ]),
    );
  });

  it("refuses another region's meeting, persons and organisations", async () => {
    const { db } = ctx();
    const { client } = await officer();
    const elsewhere = await createRegion(db);
    const foreign = await createConference(db, { regionId: elsewhere.id });
    expect((await client.get(`/api/v1/case-conferences/${foreign.id}`)).statusCode).toBe(404);
    const foreignPerson = await createPerson(db, { regionId: elsewhere.id, municipalityId: null });
    const foreignOrg = await createOrganisation(db, { kind: 'provider', regionId: elsewhere.id });
    const own = (
      await client.post('/api/v1/case-conferences', { title: 'Eigen', heldOn: today() })
    ).json<ConferenceDetail>();
    const base = `/api/v1/case-conferences/${own.id}`;
    const person = await client.post(`${base}/items`, { personId: foreignPerson.id, reason: 'manual', note: 'x' });
    expect(person.statusCode).toBe(400);
    const local = await createPerson(db);
    const added = await client.post(`${base}/items`, { personId: local.id, reason: 'manual', note: 'Bespreken' });
    const itemId = added.json<ConferenceDetail>().items[0]!.id;
    const action = await client.post(`${base}/items/${itemId}/actions`, {
      description: 'x',
      ownerOrganisationId: foreignOrg.id,
    });
    expect(action.statusCode).toBe(400);
  });

  it('shows providers nothing of the veldtafel', async () => {
    const { db, signIn } = ctx();
    const staff = await createUser(db, { role: 'provider_staff' });
    const client = await signIn(staff.email);
    const conference = await createConference(db, { regionId: staff.regionId });
    expect((await client.get('/api/v1/case-conferences')).statusCode).toBe(403);
    expect((await client.get(`/api/v1/case-conferences/${conference.id}`)).statusCode).toBe(403);
  });
});
