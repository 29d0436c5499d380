import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ExpertiseTag, ServiceCode, StayEndReason } from '@springplank/domain';
import type { Db } from '../db/client';
import {
  capacityChanges,
  locations,
  municipalities,
  offers,
  organisations,
  persons,
  stays,
  waitlistEntries,
} from '../db/schema';

async function organisationById(db: Db, organisationId: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new Error(`organisation ${organisationId} not found`);
  return organisation;
}

async function municipalityIdFor(db: Db, regionId: string, code: string | undefined) {
  const rows = await db.select().from(municipalities).where(eq(municipalities.regionId, regionId));
  const municipality = code
    ? rows.find((row) => row.code === code)
    : (rows.find((row) => row.code === 'GM0150') ?? rows[0]);
  if (!municipality) throw new Error(`no municipality ${code ?? ''} in region ${regionId}`);
  return municipality.id;
}

/**
 * A location of a (provider) organisation, in Deventer (GM0150) unless `municipalityCode`
 * says otherwise; active, without expertise tags unless given.
 */
export async function createLocation(
  db: Db,
  fields: {
    organisationId: string;
    name?: string;
    address?: string;
    municipalityCode?: string;
    expertiseTags?: ExpertiseTag[];
    active?: boolean;
  },
) {
  const organisation = await organisationById(db, fields.organisationId);
  const [location] = await db
    .insert(locations)
    .values({
      regionId: organisation.regionId,
      organisationId: organisation.id,
      municipalityId: await municipalityIdFor(db, organisation.regionId, fields.municipalityCode),
      name: fields.name ?? `Locatie ${randomUUID().slice(0, 8)}`,
      address: fields.address ?? 'Brink 1, Deventer',
      expertiseTags: fields.expertiseTags ?? [],
      active: fields.active ?? true,
    })
    .returning();
  if (!location) throw new Error('insert failed');
  return location;
}

/** A capacity change: `places` of `service` at a location from `validFrom` (default 2000-01-01). */
export async function setCapacity(
  db: Db,
  fields: {
    locationId: string;
    service: ServiceCode;
    places: number;
    validFrom?: string;
    note?: string | null;
    recordedByUserId?: string | null;
  },
) {
  const [location] = await db.select().from(locations).where(eq(locations.id, fields.locationId));
  if (!location) throw new Error(`location ${fields.locationId} not found`);
  const [change] = await db
    .insert(capacityChanges)
    .values({
      regionId: location.regionId,
      locationId: location.id,
      service: fields.service,
      places: fields.places,
      validFrom: fields.validFrom ?? '2000-01-01',
      note: fields.note ?? null,
      recordedByUserId: fields.recordedByUserId ?? null,
    })
    .returning();
  if (!change) throw new Error('insert failed');
  return change;
}

/**
 * A stay of a person. With `locationId` the stay's organisation is the location's; without
 * it give `organisationId` or `providerRef` (an imported stay). Open unless `endedOn` is set.
 */
export async function createStay(
  db: Db,
  fields: {
    personId: string;
    service: ServiceCode;
    startedOn: string;
    locationId?: string | null;
    organisationId?: string | null;
    providerRef?: string | null;
    endedOn?: string | null;
    endReason?: StayEndReason | null;
    endNote?: string | null;
    createdByUserId?: string | null;
  },
) {
  let regionId: string;
  let organisationId = fields.organisationId ?? null;
  if (fields.locationId) {
    const [location] = await db.select().from(locations).where(eq(locations.id, fields.locationId));
    if (!location) throw new Error(`location ${fields.locationId} not found`);
    regionId = location.regionId;
    organisationId ??= location.organisationId;
  } else if (organisationId) {
    regionId = (await organisationById(db, organisationId)).regionId;
  } else {
    // A stay without a provider still belongs to its person's region.
    const [person] = await db.select().from(persons).where(eq(persons.id, fields.personId));
    if (!person) throw new Error(`person ${fields.personId} not found`);
    regionId = person.regionId;
  }
  const [stay] = await db
    .insert(stays)
    .values({
      regionId,
      personId: fields.personId,
      service: fields.service,
      providerRef: fields.providerRef ?? null,
      organisationId,
      locationId: fields.locationId ?? null,
      startedOn: fields.startedOn,
      endedOn: fields.endedOn ?? null,
      endReason: fields.endReason ?? (fields.endedOn ? 'other' : null),
      endNote: fields.endNote ?? null,
      createdByUserId: fields.createdByUserId ?? null,
    })
    .returning();
  if (!stay) throw new Error('insert failed');
  return stay;
}

/**
 * An offer of a place at a location to a person, with the waiting-list entry it belongs to
 * (listed on 2026-01-05 unless given). Pending unless `status` says otherwise; an accepted
 * offer needs the `stayId` it led to.
 */
export async function createOffer(
  db: Db,
  fields: {
    personId: string;
    locationId: string;
    service: ServiceCode;
    status?: 'pending' | 'accepted' | 'declined' | 'withdrawn';
    proposedStartOn?: string;
    listedOn?: string;
    stayId?: string | null;
  },
) {
  const [location] = await db.select().from(locations).where(eq(locations.id, fields.locationId));
  if (!location) throw new Error(`location ${fields.locationId} not found`);
  const [entry] = await db
    .insert(waitlistEntries)
    .values({
      regionId: location.regionId,
      personId: fields.personId,
      service: fields.service,
      listedOn: fields.listedOn ?? '2026-01-05',
    })
    .returning();
  if (!entry) throw new Error('insert failed');
  const status = fields.status ?? 'pending';
  const [offer] = await db
    .insert(offers)
    .values({
      regionId: location.regionId,
      waitlistEntryId: entry.id,
      personId: fields.personId,
      organisationId: location.organisationId,
      locationId: location.id,
      service: fields.service,
      status,
      proposedStartOn: fields.proposedStartOn ?? '2026-02-01',
      declineReason: status === 'declined' ? 'Past niet bij de groep' : null,
      stayId: fields.stayId ?? null,
    })
    .returning();
  if (!offer) throw new Error('insert failed');
  return { offer, waitlistEntry: entry };
}
