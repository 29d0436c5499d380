import { aliasedTable, and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { housingRecords, organisations, persons, stays } from '../../db/schema';

const personName = sql<string>`trim(coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, ''))`;
const providers = aliasedTable(organisations, 'providers');
const corporations = aliasedTable(organisations, 'corporations');

/** A ready-but-not-housed record with names, as the outflow list shows it. */
export type OutflowRow = Awaited<ReturnType<HousingRepository['waiting']>>[number];
/** A housing request with exactly the columns a corporation may see. */
export type HousingRequestRow = Awaited<ReturnType<HousingRepository['requestsOf']>>[number];
/** A stored housing record. */
export type HousingRecordRow = typeof housingRecords.$inferSelect;

/**
 * The columns a housing corporation may see (ACCESS.md): name, contact, household size,
 * urgency, housing-relevant needs, and the dates and address of the request itself. Never
 * the person, stay, plan or anything about care.
 */
const requestColumns = {
  id: housingRecords.id,
  contactName: housingRecords.contactName,
  contactPhone: housingRecords.contactPhone,
  contactEmail: housingRecords.contactEmail,
  householdSize: housingRecords.householdSize,
  urgent: housingRecords.urgent,
  housingNeeds: housingRecords.housingNeeds,
  readyOn: housingRecords.readyOn,
  requestedAt: housingRecords.requestedAt,
  offeredAddress: housingRecords.offeredAddress,
  offeredAt: housingRecords.offeredAt,
  housedOn: housingRecords.housedOn,
};

/** SQL for outflow to a home: housing records, open stays and corporations; always per region. */
export class HousingRepository {
  /** Persons ready to move on and not housed yet, longest waiting first. */
  async waiting(tx: Db, regionId: string) {
    return tx
      .select({
        id: housingRecords.id,
        personId: housingRecords.personId,
        personName,
        service: stays.service,
        providerName: providers.name,
        readyOn: housingRecords.readyOn,
        corporationName: corporations.name,
        requestedAt: housingRecords.requestedAt,
        offeredAddress: housingRecords.offeredAddress,
        offeredAt: housingRecords.offeredAt,
      })
      .from(housingRecords)
      .innerJoin(persons, eq(persons.id, housingRecords.personId))
      .leftJoin(stays, eq(stays.id, housingRecords.stayId))
      .leftJoin(providers, eq(providers.id, stays.organisationId))
      .leftJoin(corporations, eq(corporations.id, housingRecords.corporationId))
      .where(and(eq(housingRecords.regionId, regionId), isNull(housingRecords.housedOn)))
      .orderBy(asc(housingRecords.readyOn), asc(housingRecords.id));
  }

  /** Open stays (of one provider, when given) whose person has no open housing record. */
  async openStays(tx: Db, regionId: string, providerOrganisationId: string | null) {
    return tx
      .select({
        stayId: stays.id,
        personId: stays.personId,
        personName,
        service: stays.service,
        startedOn: stays.startedOn,
      })
      .from(stays)
      .innerJoin(persons, eq(persons.id, stays.personId))
      .where(
        and(
          eq(stays.regionId, regionId),
          isNull(stays.endedOn),
          providerOrganisationId ? eq(stays.organisationId, providerOrganisationId) : undefined,
          sql`not exists (select 1 from housing_records h where h.region_id = ${regionId}
            and h.person_id = ${stays.personId} and h.housed_on is null)`,
        ),
      )
      .orderBy(asc(personName), asc(stays.startedOn));
  }

  /** The region's active housing corporations, by name. */
  async corporations(tx: Db, regionId: string) {
    return tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        and(
          eq(organisations.regionId, regionId),
          eq(organisations.kind, 'housing_corporation'),
          eq(organisations.active, true),
        ),
      )
      .orderBy(asc(organisations.name));
  }

  /** One stay of the region. */
  async findStay(tx: Db, regionId: string, stayId: string) {
    const [row] = await tx
      .select()
      .from(stays)
      .where(and(eq(stays.regionId, regionId), eq(stays.id, stayId)));
    return row ?? null;
  }

  /** Whether the person already has a housing record without a housed date. */
  async hasOpenRecord(tx: Db, regionId: string, personId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: housingRecords.id })
      .from(housingRecords)
      .where(
        and(
          eq(housingRecords.regionId, regionId),
          eq(housingRecords.personId, personId),
          isNull(housingRecords.housedOn),
        ),
      )
      .limit(1);
    return row !== undefined;
  }

  /** Record that a person can move on; returns the new id. */
  async insert(tx: Db, row: typeof housingRecords.$inferInsert): Promise<string> {
    const [inserted] = await tx.insert(housingRecords).values(row).returning({ id: housingRecords.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** Lock a housing record of the region for a change. */
  async lock(tx: Db, regionId: string, id: string): Promise<HousingRecordRow | null> {
    const [row] = await tx
      .select()
      .from(housingRecords)
      .where(and(eq(housingRecords.regionId, regionId), eq(housingRecords.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Lock a request addressed to this corporation for a change. */
  async lockRequest(tx: Db, regionId: string, corporationId: string, id: string): Promise<HousingRecordRow | null> {
    const [row] = await tx
      .select()
      .from(housingRecords)
      .where(
        and(
          eq(housingRecords.regionId, regionId),
          eq(housingRecords.corporationId, corporationId),
          isNotNull(housingRecords.requestedAt),
          eq(housingRecords.id, id),
        ),
      )
      .for('update');
    return row ?? null;
  }

  /** Change a housing record. */
  async update(tx: Db, id: string, patch: Partial<typeof housingRecords.$inferInsert>): Promise<void> {
    await tx
      .update(housingRecords)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(housingRecords.id, id));
  }

  /** The requests addressed to a corporation (only the allowed columns): waiting first, then housed. */
  async requestsOf(tx: Db, regionId: string, corporationId: string, id?: string) {
    return tx
      .select({ ...requestColumns, personId: housingRecords.personId })
      .from(housingRecords)
      .where(
        and(
          eq(housingRecords.regionId, regionId),
          eq(housingRecords.corporationId, corporationId),
          isNotNull(housingRecords.requestedAt),
          id ? eq(housingRecords.id, id) : undefined,
        ),
      )
      .orderBy(sql`${housingRecords.housedOn} is not null`, desc(housingRecords.urgent), asc(housingRecords.readyOn));
  }
}
