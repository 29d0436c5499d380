import type { Waitlist, WaitlistEntry } from '@springplank/contract';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, offers, waitlistEntries } from '../../db/schema';
import { accessAppAt, clockedClient, type ClockedClient } from '../../test/access-clock';
import { createPerson, createWaitlistEntry, type WaitlistEntryOverrides } from '../../test/access-factories';
import { createLocation } from '../../test/capacity-factories';
import { createOrganisation, createRegion, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

const NOW = new Date('2026-06-15T10:00:00+02:00');

describe('the waiting list', () => {
  const ctx = useTestApp();
  let app: FastifyInstance;
  let officer: ClockedClient;
  let officerId: string;

  beforeAll(async () => {
    app = await accessAppAt(ctx(), NOW);
    const user = await createUser(ctx().db, { role: 'access_officer' });
    officerId = user.id;
    officer = clockedClient(app, await ctx().signIn(user.email));
  });
  afterAll(async () => {
    await app.close();
  });

  /** A person on the list for a service (beschut wonen unless given), in a fresh municipality set. */
  async function listed(familyName: string, fields: WaitlistEntryOverrides, municipalityCode = 'GM0150') {
    const person = await createPerson(ctx().db, { familyName, municipalityCode });
    return createWaitlistEntry(ctx().db, { personId: person.id, service: 'beschut_wonen', ...fields });
  }

  const list = async (query = 'service=beschut_wonen') =>
    (await officer.get(`/api/v1/waitlist?${query}`)).json<Waitlist>();

  it('orders by priority (urgent, high, normal) then listed date, with waiting months and the > 3 months flag', async () => {
    const normalOld = await listed('NormaalOud', { priority: 'normal', listedOn: '2025-12-01' });
    const urgentNew = await listed('UrgentNieuw', {
      priority: 'urgent',
      priorityReason: 'Acuut',
      listedOn: '2026-06-01',
    });
    const highOld = await listed('HoogOud', {
      priority: 'high',
      priorityReason: 'Ontslag kliniek',
      listedOn: '2026-01-10',
    });
    const exactlyThree = await listed('PreciesDrie', { priority: 'normal', listedOn: '2026-03-15' });
    const oneDayMore = await listed('EenDagMeer', { priority: 'normal', listedOn: '2026-03-14' });
    const result = await list();
    expect(result.items.map((item) => item.id)).toEqual([
      urgentNew.id,
      highOld.id,
      normalOld.id,
      oneDayMore.id,
      exactlyThree.id,
    ]);
    const byId = new Map(result.items.map((item) => [item.id, item]));
    // 2026-03-15 + 3 months = 2026-06-15, not before today: not (yet) flagged.
    expect(byId.get(exactlyThree.id)).toMatchObject({ longerThan3Months: false, waitingMonths: 92 / 30.4375 });
    expect(byId.get(oneDayMore.id)).toMatchObject({ longerThan3Months: true, waitingMonths: 93 / 30.4375 });
    expect(byId.get(urgentNew.id)).toMatchObject({
      longerThan3Months: false,
      priority: 'urgent',
      priorityReason: 'Acuut',
    });
    expect(byId.get(normalOld.id)?.waitingMonths).toBeCloseTo(196 / 30.4375, 10);
    expect(result.longerThan3Months).toBe(3);
    const entries = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, officerId), eq(accessLog.action, 'waitlist.list')))
      .orderBy(accessLog.sequence);
    expect(entries.map((e) => [e.subjectId, e.personId])).toEqual(
      result.items.map((item) => [item.id, item.person.id]),
    );
  });

  it('filters by service and by the person’s municipality, and never shows another region', async () => {
    const zutphen = await listed('Zutphens', { service: 'housing_first', listedOn: '2026-02-01' }, 'GM0301');
    const deventer = await listed('Deventers', { service: 'housing_first', listedOn: '2026-02-02' }, 'GM0150');
    const other = await createRegion(ctx().db);
    const stranger = await createPerson(ctx().db, { regionId: other.id });
    const foreign = await createWaitlistEntry(ctx().db, { personId: stranger.id, service: 'housing_first' });
    const all = await list('service=housing_first');
    expect(all.items.map((item) => item.id)).toEqual([zutphen.id, deventer.id]);
    const inZutphen = await list('service=housing_first&municipalityCode=GM0301');
    expect(inZutphen.items.map((item) => item.id)).toEqual([zutphen.id]);
    expect(inZutphen.items[0]?.person).toMatchObject({ municipalityName: 'Zutphen', name: 'Kees Zutphens', age: 46 });
    expect((await officer.get(`/api/v1/waitlist/${foreign.id}`)).statusCode).toBe(404);
    expect((await officer.get('/api/v1/waitlist?municipalityCode=Zutphen')).statusCode).toBe(400);
  });

  it('counts the offers the person declined for the entry', async () => {
    const entry = await listed('Weigeraar', { service: 'beschermd_wonen' });
    const provider = await createOrganisation(ctx().db, { kind: 'provider' });
    const location = await createLocation(ctx().db, { organisationId: provider.id });
    const offer = {
      regionId: entry.regionId,
      waitlistEntryId: entry.id,
      personId: entry.personId,
      organisationId: provider.id,
      locationId: location.id,
      service: 'beschermd_wonen' as const,
      proposedStartOn: '2026-02-01',
    };
    await ctx()
      .db.insert(offers)
      .values([
        { ...offer, status: 'declined', declineReason: 'Te ver weg' },
        { ...offer, status: 'declined', declineReason: 'Geen huisdieren toegestaan' },
        { ...offer, status: 'withdrawn' },
      ]);
    const result = await list('service=beschermd_wonen');
    expect(result.items.find((item) => item.id === entry.id)?.declinedOffers).toBe(2);
  });

  it('records and ends support while waiting, and refuses bad input', async () => {
    const entry = await listed('Ondersteund', { listedOn: '2026-04-01' });
    const provider = await createOrganisation(ctx().db, { kind: 'provider', name: 'Ambulant Team Test' });
    const team = await createOrganisation(ctx().db, { kind: 'outreach_team' });
    const url = `/api/v1/waitlist/${entry.id}/interim-support`;
    const body = { description: 'Intensieve ambulante begeleiding, 2x per week', startedOn: '2026-04-05' };
    expect((await officer.post(url, { ...body, description: '' })).statusCode).toBe(400);
    expect((await officer.post(url, { ...body, endedOn: '2026-04-01' })).statusCode).toBe(400);
    const notProvider = await officer.post(url, { ...body, providerOrganisationId: team.id });
    expect(notProvider.json().error.code).toBe('INTERIM_PROVIDER_UNKNOWN');
    const added = await officer.post(url, { ...body, providerOrganisationId: provider.id });
    expect(added.statusCode).toBe(201);
    const support = added.json<WaitlistEntry>().interimSupport;
    expect(support).toEqual([
      expect.objectContaining({
        providerOrganisationName: 'Ambulant Team Test',
        startedOn: '2026-04-05',
        endedOn: null,
      }),
    ]);
    const endUrl = `${url}/${support[0]?.id}/end`;
    expect((await officer.post(endUrl, { endedOn: '2026-04-01' })).statusCode).toBe(400);
    const ended = await officer.post(endUrl, { endedOn: '2026-06-01' });
    expect(ended.json<WaitlistEntry>().interimSupport[0]?.endedOn).toBe('2026-06-01');
    const twice = await officer.post(endUrl, { endedOn: '2026-06-02' });
    expect(twice.statusCode).toBe(409);
    expect((await list()).items.find((item) => item.id === entry.id)?.interimSupport).toHaveLength(1);
  });

  it('removes only with a reason, never as "placed", once, and not before the listing date', async () => {
    const entry = await listed('Vertrekker', { listedOn: '2026-02-01' });
    const url = `/api/v1/waitlist/${entry.id}/remove`;
    const noReason = await officer.post(url, { note: 'Verhuisd' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues[0].path).toBe('reason');
    const placed = await officer.post(url, { reason: 'placed' });
    expect(placed.statusCode).toBe(400);
    expect(placed.json().error).toMatchObject({
      code: 'WAITLIST_PLACED_VIA_PLACEMENT',
      message: expect.stringMatching(/plaatsing/),
    });
    expect((await officer.post(url, { reason: 'moved_away', removedOn: '2026-01-31' })).statusCode).toBe(400);
    expect((await officer.post(url, { reason: 'moved_away', removedOn: '2026-06-16' })).statusCode).toBe(400);
    const removed = await officer.post(url, { reason: 'moved_away', note: 'Naar Groningen verhuisd' });
    expect(removed.statusCode).toBe(200);
    expect(removed.json<WaitlistEntry>()).toMatchObject({
      removedOn: '2026-06-15',
      removalReason: 'moved_away',
      removalNote: 'Naar Groningen verhuisd',
      longerThan3Months: false,
    });
    const again = await officer.post(url, { reason: 'withdrawn' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('WAITLIST_ENTRY_CLOSED');
    expect((await list()).items.map((item) => item.id)).not.toContain(entry.id);
    expect((await list('service=beschut_wonen&status=removed')).items.map((item) => item.id)).toContain(entry.id);
    const [row] = await ctx().db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entry.id));
    expect(row).toMatchObject({ removedOn: '2026-06-15', removalReason: 'moved_away' });
    const logged = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'waitlist.remove'), eq(accessLog.subjectId, entry.id)));
    expect(logged).toEqual([expect.objectContaining({ personId: entry.personId })]);
    expect((await officer.post(`${url.replace(entry.id, crypto.randomUUID())}`, { reason: 'other' })).statusCode).toBe(
      404,
    );
  });
});
