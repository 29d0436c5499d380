import { addDays, dutchDateOf } from '@springplank/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createApplication, createPerson, createWaitlistEntry } from '../../test/access-factories';
import { createLocation, createStay } from '../../test/capacity-factories';
import { createReportRow } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { createHousingRecord } from '../../test/flow-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';

const N = 3;

/**
 * Every person a list or search displays gets their own access-log entry (issue 10 defect 5):
 * per route group, N persons are shown and each person's own log must hold the entry.
 */
describe('access log: every person shown in a list has an own entry', () => {
  const ctx = useTestApp();

  async function signedIn(role: Parameters<typeof createUser>[1]['role'], organisationId?: string) {
    const user = await createUser(ctx().db, { role, organisationId });
    return { user, client: await ctx().signIn(user.email) };
  }

  async function persons(familyName: string) {
    const list = [];
    for (let i = 0; i < N; i += 1) {
      list.push(await createPerson(ctx().db, { givenName: `Persoon${i}`, familyName, bsn: null }));
    }
    return list;
  }

  /** Each person's own log (through the privacy officer's API) holds `action` by `userId`. */
  async function expectEachLogged(personIds: string[], userId: string, action: string) {
    const rows = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, userId), eq(accessLog.action, action), inArray(accessLog.personId, personIds)));
    expect(new Set(rows.map((row) => row.personId))).toEqual(new Set(personIds));
    // One list view, one request: all entries share the request id.
    expect(new Set(rows.map((row) => row.requestId)).size).toBe(1);
    const privacy = await signedIn('privacy_officer');
    for (const personId of personIds) {
      const own = (await privacy.client.get(`/api/v1/access-log?personId=${personId}`)).json<{
        items: { action: string }[];
      }>();
      expect(own.items.map((item) => item.action)).toContain(action);
    }
  }

  async function get(client: SignedInClient, url: string) {
    const response = await client.get(url);
    expect(response.statusCode, url).toBe(200);
    return response;
  }

  it('triage queue and the meldpunt person search', async () => {
    const shown = await persons('Meldlijst');
    for (const person of shown) await createReportRow(ctx().db, { personId: person.id });
    const { user, client } = await signedIn('meldpunt_operator');
    await get(client, '/api/v1/triage/reports?pageSize=200');
    await expectEachLogged(
      shown.map((p) => p.id),
      user.id,
      'report.list',
    );
    await get(client, '/api/v1/persons?q=Meldlijst');
    await expectEachLogged(
      shown.map((p) => p.id),
      user.id,
      'person.search',
    );
  });

  it('access: person search, applications queue and waiting list', async () => {
    const shown = await persons('Toegangslijst');
    for (const person of shown) {
      await createApplication(ctx().db, { personId: person.id });
      await createWaitlistEntry(ctx().db, { personId: person.id });
    }
    const { user, client } = await signedIn('access_officer');
    await get(client, '/api/v1/access/persons?q=Toegangslijst');
    await expectEachLogged(
      shown.map((p) => p.id),
      user.id,
      'person.search',
    );
    await get(client, '/api/v1/applications?pageSize=200');
    await expectEachLogged(
      shown.map((p) => p.id),
      user.id,
      'application.list',
    );
    await get(client, '/api/v1/waitlist');
    await expectEachLogged(
      shown.map((p) => p.id),
      user.id,
      'waitlist.list',
    );
  });

  it('stays of a provider and housing requests of a corporation', async () => {
    const { db } = ctx();
    const shown = await persons('Verblijflijst');
    const provider = await createOrganisation(db, { kind: 'provider' });
    const location = await createLocation(db, { organisationId: provider.id });
    const today = dutchDateOf(new Date());
    for (const person of shown) {
      await createStay(db, {
        personId: person.id,
        service: 'nachtopvang',
        startedOn: addDays(today, -10),
        locationId: location.id,
        organisationId: provider.id,
      });
    }
    const staff = await signedIn('provider_staff', provider.id);
    await get(staff.client, '/api/v1/stays?pageSize=200');
    await expectEachLogged(
      shown.map((p) => p.id),
      staff.user.id,
      'stay.list',
    );

    const corporation = await createOrganisation(db, { kind: 'housing_corporation' });
    for (const person of shown) {
      const record = await createHousingRecord(db, {
        personId: person.id,
        regionId: person.regionId,
        readyOn: addDays(today, -5),
        corporationId: corporation.id,
      });
      expect(record.id).toBeTruthy();
    }
    const housing = await signedIn('housing_officer', corporation.id);
    await get(housing.client, '/api/v1/housing-requests');
    await expectEachLogged(
      shown.map((p) => p.id),
      housing.user.id,
      'housing_request.list',
    );
  });

  it('writes one entry without a person when a search shows nobody', async () => {
    const { user, client } = await signedIn('access_officer');
    await get(client, '/api/v1/access/persons?q=Niemandhiergevonden');
    const rows = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, user.id), eq(accessLog.action, 'person.search')));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.personId).toBeNull();
  });
});
