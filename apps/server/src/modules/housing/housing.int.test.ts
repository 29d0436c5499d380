import type { HousingRequest, HousingRequestList, OutflowItem, OutflowOverview } from '@springplank/contract';
import { addDays, addMonths, dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, housingRecords } from '../../db/schema';
import { createPerson } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { createFlowStay, createHousingRecord } from '../../test/flow-factories';
import { useTestApp } from '../../test/test-app';

const today = () => dutchDateOf(new Date());

/** Everything a corporation must never receive: ids of the person or stay, care data, names of providers. */
const FORBIDDEN_KEYS = ['personId', 'stayId', 'service', 'providerName', 'birthDate', 'address', 'diagnosis', 'bsn'];

describe('outflow to a home', () => {
  const ctx = useTestApp();

  async function provider() {
    const { db, signIn } = ctx();
    const organisation = await createOrganisation(db, { kind: 'provider' });
    const staff = await createUser(db, { role: 'provider_staff', organisationId: organisation.id });
    return { organisation, staff, client: await signIn(staff.email) };
  }

  async function corporation() {
    const { db, signIn } = ctx();
    const organisation = await createOrganisation(db, { kind: 'housing_corporation' });
    const officer = await createUser(db, { role: 'housing_officer', organisationId: organisation.id });
    return { organisation, officer, client: await signIn(officer.email) };
  }

  async function placed(organisationId: string, startedOn = '2025-06-01') {
    const person = await createPerson(ctx().db, { givenName: 'Ria', familyName: 'Klaar', birthDate: '1990-01-01' });
    const stay = await createFlowStay(ctx().db, { personId: person.id, organisationId, startedOn });
    return { person, stay };
  }

  const request = (corporationId: string) => ({
    corporationId,
    contactName: 'Ria Klaar',
    contactPhone: '06 11223344',
    householdSize: 2,
    urgent: true,
    housingNeeds: 'Gelijkvloers; kan geen trappen lopen.',
  });

  it('walks the whole path: provider marks ready and sends the request, the corporation offers and records the move-in', async () => {
    const { db } = ctx();
    const own = await provider();
    const corp = await corporation();
    const { person, stay } = await placed(own.organisation.id);
    const readyOn = addDays(today(), -10);
    const overview = (await own.client.get('/api/v1/outflow')).json<OutflowOverview>();
    expect(overview.stays.map((s) => s.stayId)).toContain(stay.id);
    expect(overview.corporations.map((c) => c.id)).toContain(corp.organisation.id);

    const ready = await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn });
    expect(ready.statusCode, ready.body).toBe(200);
    const item = ready.json<OutflowItem>();
    expect(item.promise).toEqual({ daysSinceReady: 10, promiseDueOn: addMonths(readyOn, 3), overdue: false });

    const sent = await own.client.post(`/api/v1/outflow/${item.id}/housing-request`, request(corp.organisation.id));
    expect(sent.statusCode, sent.body).toBe(200);
    const again = await own.client.post(`/api/v1/outflow/${item.id}/housing-request`, request(corp.organisation.id));
    expect(again.json().error.code).toBe('HOUSING_REQUEST_SENT');

    const list = (await corp.client.get('/api/v1/housing-requests')).json<HousingRequestList>();
    expect(list.items.map((r) => r.id)).toEqual([item.id]);
    const offered = await corp.client.post(`/api/v1/housing-requests/${item.id}/offer`, {
      offeredAddress: 'Singel 4, Deventer',
    });
    expect(offered.json<HousingRequest>().offeredAddress).toBe('Singel 4, Deventer');
    const housed = await corp.client.post(`/api/v1/housing-requests/${item.id}/housed`, { housedOn: today() });
    expect(housed.statusCode, housed.body).toBe(200);
    expect(housed.json<HousingRequest>().housedOn).toBe(today());

    const after = (await own.client.get('/api/v1/outflow')).json<OutflowOverview>();
    expect(after.items.map((i) => i.id)).not.toContain(item.id);
    const logged = (await db.select().from(accessLog).where(eq(accessLog.personId, person.id))).map((e) => e.action);
    expect(logged).toEqual(
      expect.arrayContaining([
        'outflow.ready',
        'outflow.housing_request.send',
        'housing_request.offer',
        'housing_request.housed',
      ]),
    );
  });

  it("gives the corporation only the allowed fields, never the person's care data", async () => {
    const own = await provider();
    const corp = await corporation();
    const { person, stay } = await placed(own.organisation.id);
    const item = (
      await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn: addDays(today(), -3) })
    ).json<OutflowItem>();
    await own.client.post(`/api/v1/outflow/${item.id}/housing-request`, request(corp.organisation.id));
    for (const url of ['/api/v1/housing-requests', `/api/v1/housing-requests/${item.id}`]) {
      const body = (await corp.client.get(url)).body;
      for (const key of FORBIDDEN_KEYS) expect(body, `${url} ${key}`).not.toContain(`"${key}"`);
      expect(body).not.toContain(person.id);
      expect(body).not.toContain(stay.id);
      expect(body).not.toContain('1990-01-01');
      expect(body).not.toContain('beschermd_wonen');
      expect(body).not.toContain(own.organisation.name);
    }
    const detail = (await corp.client.get(`/api/v1/housing-requests/${item.id}`)).json<HousingRequest>();
    expect(Object.keys(detail).sort()).toEqual(
      [
        'id',
        'contactName',
        'contactPhone',
        'contactEmail',
        'householdSize',
        'urgent',
        'housingNeeds',
        'readyOn',
        'requestedAt',
        'offeredAddress',
        'offeredAt',
        'housedOn',
      ].sort(),
    );
  });

  it("refuses corporation B every view of and change to corporation A's request (404)", async () => {
    const { db } = ctx();
    const own = await provider();
    const corpA = await corporation();
    const corpB = await corporation();
    const { person } = await placed(own.organisation.id);
    const record = await createHousingRecord(db, {
      personId: person.id,
      regionId: person.regionId,
      readyOn: addDays(today(), -20),
      corporationId: corpA.organisation.id,
      offeredAddress: 'Brink 1, Deventer',
    });
    expect((await corpB.client.get('/api/v1/housing-requests')).json<HousingRequestList>().items).toEqual([]);
    const attempts = [
      corpB.client.get(`/api/v1/housing-requests/${record.id}`),
      corpB.client.post(`/api/v1/housing-requests/${record.id}/offer`, { offeredAddress: 'Elders 1' }),
      corpB.client.post(`/api/v1/housing-requests/${record.id}/housed`, { housedOn: today() }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(404);
    const [stored] = await db.select().from(housingRecords).where(eq(housingRecords.id, record.id));
    expect(stored).toMatchObject({ offeredAddress: 'Brink 1, Deventer', housedOn: null });
  });

  it('refuses a move-in date before ready_on in Dutch, a move-in without an offer, and a future date', async () => {
    const { db } = ctx();
    const corp = await corporation();
    const person = await createPerson(db);
    const readyOn = addDays(today(), -30);
    const offered = await createHousingRecord(db, {
      personId: person.id,
      regionId: person.regionId,
      readyOn,
      corporationId: corp.organisation.id,
      offeredAddress: 'Kerkstraat 2, Zutphen',
    });
    const early = await corp.client.post(`/api/v1/housing-requests/${offered.id}/housed`, {
      housedOn: addDays(readyOn, -1),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'HOUSED_BEFORE_READY' });
    expect(early.json().error.message).toContain('klaar');
    const future = await corp.client.post(`/api/v1/housing-requests/${offered.id}/housed`, {
      housedOn: addDays(today(), 5),
    });
    expect(future.statusCode).toBe(400);
    const other = await createPerson(db);
    const notOffered = await createHousingRecord(db, {
      personId: other.id,
      regionId: other.regionId,
      readyOn,
      corporationId: corp.organisation.id,
    });
    const withoutOffer = await corp.client.post(`/api/v1/housing-requests/${notOffered.id}/housed`, {
      housedOn: today(),
    });
    expect(withoutOffer.statusCode).toBe(409);
  });

  it("refuses a provider readiness and requests for another provider's client", async () => {
    const { db } = ctx();
    const own = await provider();
    const other = await provider();
    const corp = await corporation();
    const { person, stay } = await placed(other.organisation.id);
    const marked = await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn: addDays(today(), -1) });
    expect(marked.statusCode).toBe(404);
    const record = await createHousingRecord(db, {
      personId: person.id,
      regionId: person.regionId,
      readyOn: addDays(today(), -5),
      stayId: stay.id,
    });
    const sent = await own.client.post(`/api/v1/outflow/${record.id}/housing-request`, request(corp.organisation.id));
    expect(sent.statusCode).toBe(404);
    const overview = (await own.client.get('/api/v1/outflow')).json<OutflowOverview>();
    expect(JSON.stringify(overview)).not.toContain(person.id);
  });

  it('lists ready-but-waiting persons with days against the three-month promise for the access team', async () => {
    const { db, signIn } = ctx();
    const officer = await createUser(db, { role: 'access_officer' });
    const client = await signIn(officer.email);
    const late = await createPerson(db, { givenName: 'Lang', familyName: 'Wachtend' });
    const fresh = await createPerson(db, { givenName: 'Net', familyName: 'Klaar' });
    const lateReady = addMonths(addDays(today(), -1), -3);
    await createHousingRecord(db, { personId: late.id, regionId: late.regionId, readyOn: lateReady });
    await createHousingRecord(db, { personId: fresh.id, regionId: fresh.regionId, readyOn: addMonths(today(), -3) });
    const items = (await client.get('/api/v1/outflow')).json<OutflowOverview>().items;
    const byPerson = new Map(items.map((i) => [i.personId, i]));
    expect(byPerson.get(late.id)?.promise.overdue).toBe(true);
    expect(byPerson.get(fresh.id)?.promise).toMatchObject({ overdue: false, promiseDueOn: today() });
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, officer.id), eq(accessLog.action, 'outflow.list')));
    // One request, one entry per person shown (the waiting and those with open stays).
    expect(new Set(logged.map((e) => e.requestId)).size).toBe(1);
    expect(logged.map((e) => e.personId)).toEqual(expect.arrayContaining([late.id, fresh.id]));
    expect(new Set(logged.map((e) => e.personId)).size).toBe(logged.length);
  });

  it('refuses a request without phone or e-mail, to a non-corporation, and ready dates outside the stay', async () => {
    const own = await provider();
    const { stay } = await placed(own.organisation.id, addDays(today(), -40));
    const beforeStay = await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn: addDays(today(), -41) });
    expect(beforeStay.statusCode).toBe(400);
    const future = await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn: addDays(today(), 1) });
    expect(future.statusCode).toBe(400);
    const item = (await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn: today() })).json<OutflowItem>();
    const duplicate = await own.client.post('/api/v1/outflow', { stayId: stay.id, readyOn: today() });
    expect(duplicate.statusCode).toBe(409);
    const noContact = await own.client.post(`/api/v1/outflow/${item.id}/housing-request`, {
      ...request(own.organisation.id),
      contactPhone: null,
    });
    expect(noContact.statusCode).toBe(400);
    const notACorporation = await own.client.post(
      `/api/v1/outflow/${item.id}/housing-request`,
      request(own.organisation.id),
    );
    expect(notACorporation.statusCode).toBe(400);
    expect(notACorporation.json().error.issues[0].path).toBe('corporationId');
  });
});
