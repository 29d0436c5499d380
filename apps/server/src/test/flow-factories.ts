import { eq } from 'drizzle-orm';
import type { ServiceCode } from '@springplank/domain';
import type { Db } from '../db/client';
import {
  caseConferences,
  housingRecords,
  locations,
  municipalities,
  offers,
  organisations,
  stays,
  supportPlans,
  waitlistEntries,
} from '../db/schema';

async function regionOf(db: Db, organisationId: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new Error('organisation not found');
  return organisation.regionId;
}

/** A stay of a person with a provider organisation (default: beschermd wonen, open). */
export async function createFlowStay(
  db: Db,
  fields: {
    personId: string;
    organisationId: string;
    service?: ServiceCode;
    startedOn?: string;
    endedOn?: string | null;
  },
) {
  const [stay] = await db
    .insert(stays)
    .values({
      regionId: await regionOf(db, fields.organisationId),
      personId: fields.personId,
      organisationId: fields.organisationId,
      service: fields.service ?? 'beschermd_wonen',
      startedOn: fields.startedOn ?? '2025-06-01',
      endedOn: fields.endedOn ?? null,
      endReason: fields.endedOn ? 'moved_on' : null,
    })
    .returning();
  if (!stay) throw new Error('insert failed');
  return stay;
}

/** A housing record (ready_on), optionally already requested from a corporation, offered or housed. */
export async function createHousingRecord(
  db: Db,
  fields: {
    personId: string;
    regionId: string;
    readyOn: string;
    stayId?: string | null;
    corporationId?: string | null;
    offeredAddress?: string | null;
    housedOn?: string | null;
  },
) {
  const requested = fields.corporationId
    ? {
        corporationId: fields.corporationId,
        requestedAt: new Date(),
        contactName: 'Jan de Boer',
        contactPhone: '06 12345678',
        contactEmail: 'jan@example.org',
        householdSize: 1,
        urgent: false,
        housingNeeds: 'Benedenwoning, geen trappen.',
      }
    : {};
  const [record] = await db
    .insert(housingRecords)
    .values({
      regionId: fields.regionId,
      personId: fields.personId,
      stayId: fields.stayId ?? null,
      readyOn: fields.readyOn,
      housedOn: fields.housedOn ?? null,
      offeredAddress: fields.offeredAddress ?? null,
      offeredAt: fields.offeredAddress ? new Date() : null,
      ...requested,
    })
    .returning();
  if (!record) throw new Error('insert failed');
  return record;
}

/** A person's support plan with a coordinator. */
export async function createSupportPlan(
  db: Db,
  fields: { personId: string; coordinatorUserId: string; coordinatorOrganisationId: string },
) {
  const [plan] = await db
    .insert(supportPlans)
    .values({ regionId: await regionOf(db, fields.coordinatorOrganisationId), ...fields })
    .returning();
  if (!plan) throw new Error('insert failed');
  return plan;
}

/** An open waiting-list entry (beschermd wonen unless given). */
export async function createOpenWaitlistEntry(
  db: Db,
  fields: { personId: string; regionId: string; listedOn: string; service?: ServiceCode },
) {
  const [entry] = await db
    .insert(waitlistEntries)
    .values({ service: 'beschermd_wonen', ...fields })
    .returning();
  if (!entry) throw new Error('insert failed');
  return entry;
}

/** A declined offer to a waiting person, at a new location of the provider. */
export async function createDeclinedOffer(
  db: Db,
  fields: { personId: string; waitlistEntryId: string; organisationId: string },
) {
  const regionId = await regionOf(db, fields.organisationId);
  const [municipality] = await db.select().from(municipalities).where(eq(municipalities.regionId, regionId));
  if (!municipality) throw new Error('region without municipality');
  const [location] = await db
    .insert(locations)
    .values({
      regionId,
      organisationId: fields.organisationId,
      municipalityId: municipality.id,
      name: 'Testlocatie',
      address: 'Teststraat 1',
    })
    .returning();
  if (!location) throw new Error('insert failed');
  const [offer] = await db
    .insert(offers)
    .values({
      regionId,
      waitlistEntryId: fields.waitlistEntryId,
      personId: fields.personId,
      organisationId: fields.organisationId,
      locationId: location.id,
      service: 'beschermd_wonen',
      status: 'declined',
      proposedStartOn: '2026-01-01',
      declineReason: 'Past niet bij de zorgvraag.',
      respondedAt: new Date(),
    })
    .returning();
  if (!offer) throw new Error('insert failed');
  return offer;
}

/** A veldtafel meeting. */
export async function createConference(db: Db, fields: { regionId: string; title?: string; heldOn?: string }) {
  const [conference] = await db
    .insert(caseConferences)
    .values({ title: 'Veldtafel', heldOn: '2026-12-01', ...fields })
    .returning();
  if (!conference) throw new Error('insert failed');
  return conference;
}
