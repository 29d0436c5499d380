import { eq } from 'drizzle-orm';
import type { ExpertiseTag, ServiceCode, WaitlistPriority } from '@springplank/domain';
import type { Db } from '../db/client';
import { municipalities, offers, waitlistEntries } from '../db/schema';
import { createApplication, createPerson, grantApplication, type PersonOverrides } from './access-factories';
import { createLocation, setCapacity } from './capacity-factories';
import { createOrganisation, createUser } from './factories';

/**
 * A provider organisation (reference region) with one location that has `places` places of
 * a service, and a staff member of it (password TEST_PASSWORD).
 */
export async function createProviderWithPlaces(
  db: Db,
  fields: {
    places: number;
    service?: ServiceCode;
    expertiseTags?: ExpertiseTag[];
    municipalityCode?: string;
    name?: string;
    regionId?: string;
  },
) {
  const organisation = await createOrganisation(db, { kind: 'provider', name: fields.name, regionId: fields.regionId });
  const location = await createLocation(db, {
    organisationId: organisation.id,
    municipalityCode: fields.municipalityCode,
    expertiseTags: fields.expertiseTags,
  });
  const service = fields.service ?? 'beschermd_wonen';
  await setCapacity(db, { locationId: location.id, service, places: fields.places });
  const staff = await createUser(db, { role: 'provider_staff', organisationId: organisation.id });
  return { organisation, location, service, staff };
}

/**
 * A person on the waiting list through a granted application (so the offer can show its
 * motivation): the open entry carries priority, needs and preferred municipality.
 */
export async function createWaitingPerson(
  db: Db,
  fields: {
    service?: ServiceCode;
    priority?: WaitlistPriority;
    listedOn?: string;
    expertiseNeeds?: ExpertiseTag[];
    preferredMunicipalityCode?: string;
    motivation?: string;
    person?: PersonOverrides;
  } = {},
) {
  const person = await createPerson(db, fields.person ?? {});
  const service = fields.service ?? 'beschermd_wonen';
  const listedOn = fields.listedOn ?? '2026-01-05';
  const application = await createApplication(db, {
    personId: person.id,
    requestedService: service,
    receivedOn: listedOn,
    expertiseNeeds: fields.expertiseNeeds ?? [],
    ...(fields.motivation ? { motivation: fields.motivation } : {}),
  });
  const { waitlistEntry } = await grantApplication(db, {
    applicationId: application.id,
    decidedOn: listedOn,
    priority: fields.priority ?? 'normal',
  });
  if (!waitlistEntry) throw new Error(`${service} has no waiting list`);
  let entry = waitlistEntry;
  if (fields.preferredMunicipalityCode) {
    const [municipality] = await db
      .select()
      .from(municipalities)
      .where(eq(municipalities.code, fields.preferredMunicipalityCode));
    if (!municipality) throw new Error(`municipality ${fields.preferredMunicipalityCode} missing`);
    [entry = waitlistEntry] = await db
      .update(waitlistEntries)
      .set({ preferredMunicipalityId: municipality.id })
      .where(eq(waitlistEntries.id, waitlistEntry.id))
      .returning();
  }
  return { person, application, entry };
}

/** An offer row inserted directly (pending unless given), for setting up history. */
export async function insertOffer(
  db: Db,
  fields: {
    entry: { id: string; regionId: string; personId: string; service: ServiceCode };
    location: { id: string; organisationId: string };
    status?: 'pending' | 'declined' | 'withdrawn';
    proposedStartOn?: string;
    declineReason?: string;
  },
) {
  const status = fields.status ?? 'pending';
  const [offer] = await db
    .insert(offers)
    .values({
      regionId: fields.entry.regionId,
      waitlistEntryId: fields.entry.id,
      personId: fields.entry.personId,
      organisationId: fields.location.organisationId,
      locationId: fields.location.id,
      service: fields.entry.service,
      status,
      proposedStartOn: fields.proposedStartOn ?? '2026-02-01',
      respondedAt: status === 'pending' ? null : new Date(),
      declineReason: status === 'declined' ? (fields.declineReason ?? 'Past niet in de groep.') : null,
    })
    .returning();
  if (!offer) throw new Error('insert failed');
  return offer;
}
