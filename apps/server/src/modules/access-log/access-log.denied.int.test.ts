import { addDays, dutchDateOf } from '@springplank/domain';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createPerson } from '../../test/access-factories';
import { createLocation, createStay } from '../../test/capacity-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { createHousingRecord } from '../../test/flow-factories';
import { useTestApp } from '../../test/test-app';

/** Refused (404) reads of existing records are logged as denied (issue 10 defect 5). */
describe('access log: refused reads', () => {
  const ctx = useTestApp();
  const today = dutchDateOf(new Date());

  async function providerWithStay() {
    const { db } = ctx();
    const provider = await createOrganisation(db, { kind: 'provider' });
    const location = await createLocation(db, { organisationId: provider.id });
    const person = await createPerson(db, { givenName: 'Geweigerd', familyName: 'Gelezen', bsn: null });
    const stay = await createStay(db, {
      personId: person.id,
      service: 'nachtopvang',
      startedOn: addDays(today, -3),
      locationId: location.id,
      organisationId: provider.id,
    });
    return { provider, person, stay };
  }

  async function deniedOf(userId: string) {
    return ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, userId), eq(accessLog.outcome, 'denied')));
  }

  it("logs a provider asking for another provider's stay as denied, with the person", async () => {
    const { db, signIn } = ctx();
    const { person, stay } = await providerWithStay();
    const other = await createOrganisation(db, { kind: 'provider' });
    const snooper = await createUser(db, { role: 'provider_staff', organisationId: other.id });
    const client = await signIn(snooper.email);
    const response = await client.get(`/api/v1/stays/${stay.id}`);
    expect(response.statusCode).toBe(404);
    expect(JSON.stringify(response.json())).not.toContain(person.id);
    const denied = await deniedOf(snooper.id);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      action: 'stay.read',
      subjectType: 'stay',
      subjectId: stay.id,
      personId: person.id,
      outcome: 'denied',
      role: 'provider_staff',
    });

    // The person's own log shows it to the privacy officer, and the chain still verifies.
    const privacy = await signIn((await createUser(db, { role: 'privacy_officer' })).email);
    const own = (await privacy.get(`/api/v1/access-log?personId=${person.id}&outcome=denied`)).json<{
      items: { action: string; outcome: string; userId: string }[];
    }>();
    expect(own.items).toEqual([
      expect.objectContaining({ action: 'stay.read', outcome: 'denied', userId: snooper.id }),
    ]);
    expect((await privacy.get('/api/v1/access-log/verification')).json()).toMatchObject({ valid: true });
  });

  it("logs another corporation's housing request as denied", async () => {
    const { db, signIn } = ctx();
    const person = await createPerson(db, { givenName: 'Woning', familyName: 'Zoeker', bsn: null });
    const mine = await createOrganisation(db, { kind: 'housing_corporation' });
    const theirs = await createOrganisation(db, { kind: 'housing_corporation' });
    const record = await createHousingRecord(db, {
      personId: person.id,
      regionId: person.regionId,
      readyOn: addDays(today, -1),
      corporationId: mine.id,
    });
    const officer = await createUser(db, { role: 'housing_officer', organisationId: theirs.id });
    const client = await signIn(officer.email);
    expect((await client.get(`/api/v1/housing-requests/${record.id}`)).statusCode).toBe(404);
    expect(await deniedOf(officer.id)).toEqual([
      expect.objectContaining({ action: 'housing_request.read', subjectId: record.id, personId: person.id }),
    ]);
  });

  it('does not log ids that exist nowhere in the region', async () => {
    const { db, signIn } = ctx();
    await providerWithStay();
    const other = await createOrganisation(db, { kind: 'provider' });
    const staff = await createUser(db, { role: 'provider_staff', organisationId: other.id });
    const client = await signIn(staff.email);
    expect((await client.get(`/api/v1/stays/${randomUUID()}`)).statusCode).toBe(404);
    expect(await deniedOf(staff.id)).toEqual([]);
  });

  it('writes allowed reads with outcome allowed', async () => {
    const { db, signIn } = ctx();
    const { provider, stay } = await providerWithStay();
    const staff = await createUser(db, { role: 'provider_staff', organisationId: provider.id });
    const client = await signIn(staff.email);
    expect((await client.get(`/api/v1/stays/${stay.id}`)).statusCode).toBe(200);
    const [read] = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, staff.id), eq(accessLog.action, 'stay.read')));
    expect(read?.outcome).toBe('allowed');
  });
});
