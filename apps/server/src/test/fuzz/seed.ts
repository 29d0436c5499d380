import { ROLES, type Role } from '@springplank/domain';
import type { InjectOptions } from 'fastify';
import { createApplication, createPerson } from '../access-factories';
import { createCase, createReportRow } from '../case-factories';
import { createConference, createFlowStay, createHousingRecord, createSupportPlan } from '../flow-factories';
import { createUser, referenceRegion } from '../factories';
import { createProviderWithPlaces, createWaitingPerson, insertOffer } from '../placement-factories';
import type { TestApp } from '../test-app';
import { IdPool, type FuzzActor } from './runner';

/**
 * A region with something of everything (persons, a case, a report, an application, a
 * waiting list entry, an offer, a stay, a plan, a housing record, a veldtafel) and one
 * signed-in user per role, so the fuzzer's requests reach the handlers with real ids.
 */
export async function seedFuzzRegion(testApp: TestApp): Promise<{ actors: FuzzActor[]; ids: IdPool }> {
  const { db, app, signIn } = testApp;
  const region = await referenceRegion(db);
  const provider = await createProviderWithPlaces(db, { places: 3 });
  const users = new Map<Role, { id: string; email: string; organisationId: string }>();
  for (const role of ROLES) {
    const user = role === 'provider_staff' ? provider.staff : await createUser(db, { role });
    users.set(role, { id: user.id, email: user.email, organisationId: user.organisationId });
  }
  const outreach = users.get('outreach_worker');
  if (!outreach) throw new Error('no outreach worker');
  const person = await createPerson(db, { municipalityCode: 'GM0150' });
  await createCase(db, { teamId: outreach.organisationId, firstContactDueOn: '2026-12-10', personId: person.id });
  await createReportRow(db, {});
  await createApplication(db, { personId: person.id });
  const waiting = await createWaitingPerson(db, {});
  await insertOffer(db, { entry: waiting.entry, location: provider.location });
  const stayPerson = await createPerson(db, { municipalityCode: 'GM0150' });
  const stay = await createFlowStay(db, { personId: stayPerson.id, organisationId: provider.organisation.id });
  await createHousingRecord(db, {
    personId: stayPerson.id,
    regionId: region.id,
    readyOn: '2026-01-10',
    stayId: stay.id,
  });
  await createSupportPlan(db, {
    personId: person.id,
    coordinatorUserId: outreach.id,
    coordinatorOrganisationId: outreach.organisationId,
  });
  await createConference(db, { regionId: region.id });

  // The fuzzing users and their organisations are not targets: disabling them would end the run.
  const excluded = new Set([...users.values()].flatMap((u) => [u.id, u.organisationId]));
  const ids = new IdPool(excluded);
  const actors: FuzzActor[] = [
    { role: 'anonymous', send: (options: InjectOptions) => app.inject(options), renew: async () => {} },
  ];
  for (const [role, user] of users) {
    let client = await signIn(user.email);
    const actor: FuzzActor = {
      role,
      send: (options) =>
        app.inject({
          ...options,
          headers: { ...options.headers, cookie: client.cookie, 'x-csrf-token': client.csrfToken },
        }),
      renew: async () => {
        client = await signIn(user.email).catch(() => client);
      },
    };
    actors.push(actor);
  }
  return { actors, ids };
}

/** Read every list (GET without path parameters) as every actor and remember the ids seen. */
export async function harvestIds(testApp: TestApp, actors: FuzzActor[], ids: IdPool): Promise<void> {
  const document = testApp.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  for (const path of Object.keys(document.paths)) {
    if (!document.paths[path]?.get || path.includes('{') || path.includes('export')) continue;
    for (const actor of actors) {
      const response = await actor.send({ method: 'GET', url: path });
      if (response.statusCode === 200 && response.headers['content-type']?.toString().includes('json')) {
        ids.harvest(path, response.json());
      }
    }
  }
}
