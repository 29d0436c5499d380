import { eq } from 'drizzle-orm';
import { defaultIwmoCategory, isWaitlistService, type ServiceCode, type WaitlistPriority } from '@springplank/domain';
import type { Db } from '../db/client';
import { applications, decisions, municipalities, persons, waitlistEntries } from '../db/schema';
import { newReference } from '../modules/reports/report-tokens';
import { referenceRegion } from './factories';

/** The columns of a person row a test may set, plus a municipality by CBS code. */
export type PersonOverrides = Partial<typeof persons.$inferInsert> & { municipalityCode?: string };

/** A person (reference region, Deventer GM0150 unless given); override what a test needs. */
export async function createPerson(db: Db, overrides: PersonOverrides = {}) {
  const { municipalityCode, ...columns } = overrides;
  const regionId = columns.regionId ?? (await referenceRegion(db)).id;
  let municipalityId = columns.municipalityId;
  if (municipalityId === undefined) {
    const [municipality] = await db
      .select()
      .from(municipalities)
      .where(eq(municipalities.code, municipalityCode ?? 'GM0150'));
    if (!municipality) throw new Error(`municipality ${municipalityCode ?? 'GM0150'} missing`);
    municipalityId = municipality.regionId === regionId ? municipality.id : null;
  }
  const [person] = await db
    .insert(persons)
    .values({
      givenName: 'Kees',
      familyName: 'Wachter',
      birthDate: '1980-06-15',
      address: 'Hoofdstraat 1, Deventer',
      ...columns,
      regionId,
      municipalityId,
    })
    .returning();
  if (!person) throw new Error('insert failed');
  return person;
}

/** The columns of an application row a test may set. */
export type ApplicationOverrides = Partial<typeof applications.$inferInsert>;

/** A submitted application for a person, inserted directly (default: beschermd wonen, local access). */
export async function createApplication(db: Db, fields: { personId: string } & ApplicationOverrides) {
  const [person] = await db.select().from(persons).where(eq(persons.id, fields.personId));
  if (!person) throw new Error('person not found');
  const [application] = await db
    .insert(applications)
    .values({
      regionId: person.regionId,
      reference: newReference('A'),
      source: 'local_access',
      requestedService: 'beschermd_wonen',
      motivation: 'Kan niet zelfstandig wonen; heeft begeleiding en toezicht nodig.',
      receivedOn: '2026-01-05',
      ...fields,
    })
    .returning();
  if (!application) throw new Error('insert failed');
  return application;
}

/**
 * Grant an application directly: a decision row, the application set to granted and, for a
 * waiting-list service, an open waiting-list entry listed on the decision date.
 */
export async function grantApplication(
  db: Db,
  fields: {
    applicationId: string;
    decidedOn?: string;
    service?: ServiceCode;
    priority?: WaitlistPriority;
    priorityReason?: string | null;
    decidedByUserId?: string | null;
  },
) {
  const [application] = await db.select().from(applications).where(eq(applications.id, fields.applicationId));
  if (!application) throw new Error('application not found');
  const service = fields.service ?? application.requestedService;
  const decidedOn = fields.decidedOn ?? application.receivedOn;
  const priority = fields.priority ?? 'normal';
  const [decision] = await db
    .insert(decisions)
    .values({
      regionId: application.regionId,
      applicationId: application.id,
      granted: true,
      service,
      validFrom: decidedOn,
      priority,
      priorityReason: fields.priorityReason ?? null,
      iwmoCategory: defaultIwmoCategory(service),
      decidedOn,
      decidedByUserId: fields.decidedByUserId ?? null,
    })
    .returning();
  if (!decision) throw new Error('insert failed');
  await db.update(applications).set({ status: 'granted' }).where(eq(applications.id, application.id));
  const waitlistEntry = isWaitlistService(service)
    ? await createWaitlistEntry(db, {
        personId: application.personId,
        service,
        listedOn: decidedOn,
        priority,
        priorityReason: fields.priorityReason ?? null,
        expertiseNeeds: application.expertiseNeeds,
        decisionId: decision.id,
      })
    : null;
  return { decision, waitlistEntry };
}

/** The columns of a waiting-list entry a test may set. */
export type WaitlistEntryOverrides = Partial<typeof waitlistEntries.$inferInsert>;

/** An open waiting-list entry for a person, inserted directly (default: beschermd wonen, normal). */
export async function createWaitlistEntry(db: Db, fields: { personId: string } & WaitlistEntryOverrides) {
  const [person] = await db.select().from(persons).where(eq(persons.id, fields.personId));
  if (!person) throw new Error('person not found');
  const [entry] = await db
    .insert(waitlistEntries)
    .values({
      regionId: person.regionId,
      service: 'beschermd_wonen',
      listedOn: '2026-01-05',
      priority: 'normal',
      ...fields,
    })
    .returning();
  if (!entry) throw new Error('insert failed');
  return entry;
}
