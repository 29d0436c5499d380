import type { StayDetail, StayList } from '@springplank/contract';
import { addDays, addMonths, dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, stays } from '../../db/schema';
import { createLocation, createStay } from '../../test/capacity-factories';
import { createPerson } from '../../test/case-factories';
import { createOrganisation, createRegion, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());

describe('stays', () => {
  const ctx = useTestApp();

  async function provider() {
    const organisation = await createOrganisation(ctx().db, { kind: 'provider' });
    const user = await createUser(ctx().db, { role: 'provider_staff', organisationId: organisation.id });
    const location = await createLocation(ctx().db, { organisationId: organisation.id });
    return { organisation, location, user, client: await ctx().signIn(user.email) };
  }

  async function stayAt(
    locationId: string,
    fields: { service?: 'beschermd_wonen' | 'nachtopvang'; startedOn: string; endedOn?: string },
  ) {
    const person = await createPerson(ctx().db, { givenName: 'Piet', familyName: `Verblijf ${Math.random()}` });
    return createStay(ctx().db, {
      personId: person.id,
      locationId,
      service: fields.service ?? 'nachtopvang',
      startedOn: fields.startedOn,
      endedOn: fields.endedOn,
    });
  }

  it('lists a provider’s own current stays with the three-month flag, logs what was shown, and hides other providers’', async () => {
    const { db } = ctx();
    const a = await provider();
    const b = await provider();
    const long = await stayAt(a.location.id, { startedOn: addDays(addMonths(today(), -3), -1) });
    const exactly = await stayAt(a.location.id, { startedOn: addMonths(today(), -3) });
    const bw = await stayAt(a.location.id, { service: 'beschermd_wonen', startedOn: '2024-01-01' });
    const ended = await stayAt(a.location.id, { startedOn: '2025-01-01', endedOn: today() });
    const others = await stayAt(b.location.id, { startedOn: '2025-01-01' });

    const response = await a.client.get('/api/v1/stays');
    expect(response.statusCode).toBe(200);
    const list = response.json<StayList>();
    expect(list.items.map((item) => item.id)).toEqual([bw.id, long.id, exactly.id]);
    const byId = new Map(list.items.map((item) => [item.id, item]));
    expect(byId.get(long.id)).toMatchObject({ current: true, shelter: true, longerThan3Months: true });
    expect(byId.get(exactly.id)?.longerThan3Months).toBe(false);
    expect(byId.get(bw.id)).toMatchObject({ shelter: false, longerThan3Months: false });
    expect(byId.get(long.id)?.months).toBeGreaterThan(3);

    const longOnly = (await a.client.get('/api/v1/stays?longOnly=true')).json<StayList>();
    expect(longOnly.items.map((item) => item.id)).toEqual([long.id]);
    const endedList = (await a.client.get('/api/v1/stays?status=ended')).json<StayList>();
    expect(endedList.items.map((item) => item.id)).toEqual([ended.id]);
    expect(endedList.items[0]).toMatchObject({ current: false, endReason: 'other', iwmoEndReasonCode: '19' });

    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, a.user.id), eq(accessLog.action, 'stay.list')))
      .orderBy(accessLog.sequence);
    // The first list showed three stays: one entry per person, each naming the stay.
    expect(logged.slice(0, 3).map((e) => e.subjectId)).toEqual([bw.id, long.id, exactly.id]);
    expect(logged.slice(0, 3).every((e) => e.personId !== null)).toBe(true);
    expect(JSON.stringify(logged)).not.toContain(others.id);

    const officer = await ctx().signIn((await createUser(db, { role: 'access_officer' })).email);
    const all = (await officer.get(`/api/v1/stays?status=all&pageSize=200`)).json<StayList>();
    expect(all.items.map((item) => item.id)).toEqual(expect.arrayContaining([long.id, ended.id, others.id]));
    const atB = (await officer.get(`/api/v1/stays?locationId=${b.location.id}`)).json<StayList>();
    expect(atB.items.map((item) => item.id)).toEqual([others.id]);
  });

  it('shows one stay and logs the read; another provider gets 404 on read and end', async () => {
    const { db } = ctx();
    const a = await provider();
    const b = await provider();
    const stay = await stayAt(a.location.id, { startedOn: '2026-01-10' });
    const detail = await a.client.get(`/api/v1/stays/${stay.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<StayDetail>()).toMatchObject({ id: stay.id, locationId: a.location.id, endedOn: null });
    const [read] = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, a.user.id), eq(accessLog.action, 'stay.read')));
    expect(read).toMatchObject({ subjectId: stay.id, personId: stay.personId });

    expect((await b.client.get(`/api/v1/stays/${stay.id}`)).statusCode).toBe(404);
    const end = await b.client.post(`/api/v1/stays/${stay.id}/end`, { endedOn: '2026-02-01', reason: 'moved_on' });
    expect(end.statusCode).toBe(404);
    const [row] = await db.select().from(stays).where(eq(stays.id, stay.id));
    expect(row?.endedOn).toBeNull();
  });

  it('ends a stay with a date and reason (iWmo code shown), never before its start, and only once', async () => {
    const { db } = ctx();
    const a = await provider();
    const stay = await stayAt(a.location.id, { startedOn: '2026-01-10' });
    const early = await a.client.post(`/api/v1/stays/${stay.id}/end`, { endedOn: '2026-01-09', reason: 'moved_on' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'STAY_END_BEFORE_START' });
    expect(early.json().error.message).toContain('10-01-2026');
    const badReason = await a.client.post(`/api/v1/stays/${stay.id}/end`, { endedOn: '2026-01-20', reason: 'bored' });
    expect(badReason.statusCode).toBe(400);

    const ended = await a.client.post(`/api/v1/stays/${stay.id}/end`, {
      endedOn: '2026-01-10',
      reason: 'moved_away',
      note: 'Naar familie in Groningen',
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json<StayDetail>()).toMatchObject({
      endedOn: '2026-01-10',
      endReason: 'moved_away',
      iwmoEndReasonCode: '31',
      endNote: 'Naar familie in Groningen',
      current: false,
      longerThan3Months: false,
    });
    const [log] = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, a.user.id), eq(accessLog.action, 'stay.end')));
    expect(log).toMatchObject({ subjectId: stay.id, personId: stay.personId });

    const again = await a.client.post(`/api/v1/stays/${stay.id}/end`, { endedOn: '2026-02-01', reason: 'other' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STAY_ALREADY_ENDED');
  });

  it('lets the access officer end any stay of the region, but not one of another region', async () => {
    const { db } = ctx();
    const a = await provider();
    const stay = await stayAt(a.location.id, { service: 'beschermd_wonen', startedOn: '2025-06-01' });
    const officer = await ctx().signIn((await createUser(db, { role: 'access_officer' })).email);
    const ended = await officer.post(`/api/v1/stays/${stay.id}/end`, {
      endedOn: '2026-01-31',
      reason: 'independent_housing',
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json<StayDetail>().iwmoEndReasonCode).toBe('19');

    const elsewhere = await createRegion(db);
    const foreignProvider = await createOrganisation(db, { kind: 'provider', regionId: elsewhere.id });
    const foreignLocation = await createLocation(db, { organisationId: foreignProvider.id });
    const foreigner = await createPerson(db, { regionId: elsewhere.id, municipalityId: null });
    const foreignStay = await createStay(db, {
      personId: foreigner.id,
      locationId: foreignLocation.id,
      service: 'nachtopvang',
      startedOn: '2026-01-01',
    });
    expect((await officer.get(`/api/v1/stays/${foreignStay.id}`)).statusCode).toBe(404);
    const foreignEnd = await officer.post(`/api/v1/stays/${foreignStay.id}/end`, {
      endedOn: '2026-02-01',
      reason: 'other',
    });
    expect(foreignEnd.statusCode).toBe(404);
    const all = (await officer.get('/api/v1/stays?status=all&pageSize=200')).json<StayList>();
    expect(all.items.map((item) => item.id)).not.toContain(foreignStay.id);
  });
});
