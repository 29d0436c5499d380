import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { ServiceCode, WaitlistPriority, WaitlistRemovalReason } from '@springplank/domain';
import type { Db } from '../../db/client';
import { interimSupport, municipalities, organisations, persons, waitlistEntries } from '../../db/schema';
import { personInMunicipalitiesOf } from '../person-access/person-access.repository';

/** A waiting-list entry with its person and the number of offers declined for that person (issue 4: per person). */
export interface WaitlistRow {
  id: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  service: ServiceCode;
  listedOn: string;
  priority: WaitlistPriority;
  priorityReason: string | null;
  expertiseNeeds: string[];
  removedOn: string | null;
  removalReason: WaitlistRemovalReason | null;
  removalNote: string | null;
  declinedOffers: number;
  position: number | null;
}

/** A row of support while waiting, with the provider's name. */
export interface InterimSupportRow {
  id: string;
  waitlistEntryId: string;
  description: string;
  providerOrganisationId: string | null;
  providerOrganisationName: string | null;
  startedOn: string;
  endedOn: string | null;
}

const columns = {
  id: waitlistEntries.id,
  personId: waitlistEntries.personId,
  givenName: persons.givenName,
  familyName: persons.familyName,
  birthDate: persons.birthDate,
  municipalityCode: municipalities.code,
  municipalityName: municipalities.name,
  service: waitlistEntries.service,
  listedOn: waitlistEntries.listedOn,
  priority: waitlistEntries.priority,
  priorityReason: waitlistEntries.priorityReason,
  expertiseNeeds: waitlistEntries.expertiseNeeds,
  removedOn: waitlistEntries.removedOn,
  removalReason: waitlistEntries.removalReason,
  removalNote: waitlistEntries.removalNote,
  // Offers are made by the matching flow; the list counts the person's declined ones, over all
  // their entries, as the matching screen and the veldtafel signal do.
  declinedOffers: sql<number>`(select count(*) from offers o
    where o.region_id = "waitlist_entries"."region_id" and o.person_id = "waitlist_entries"."person_id"
      and o.status = 'declined')::int`,
};

/**
 * Each open entry's place among the region's open entries for the same service, in the list's
 * own order (1 = next), so that a local team that sees only its own persons still sees where
 * they stand in the region. One window pass over the region's open entries.
 */
function positionsIn(tx: Db, regionId: string) {
  return tx
    .select({
      entryId: waitlistEntries.id,
      position: sql<number>`(row_number() over (partition by ${waitlistEntries.service}
        order by ${waitlistEntries.priority}, ${waitlistEntries.listedOn}, ${waitlistEntries.createdAt}))::int`.as(
        'position',
      ),
    })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.regionId, regionId), isNull(waitlistEntries.removedOn)))
    .as('positions');
}

/** Which entries a reader sees: the region's, or (local access) those of one organisation's municipalities. */
export interface WaitlistScope {
  regionId: string;
  municipalitiesOfOrganisationId: string | null;
}

/** SQL for the waiting list and support while waiting. */
export class WaitlistRepository {
  /**
   * The region's entries, open or removed, most urgent first (the enum's order) and then
   * longest waiting first; optionally for one service and/or the persons of one municipality.
   */
  async list(
    tx: Db,
    scope: WaitlistScope,
    filter: { service?: ServiceCode; municipalityCode?: string; status: 'open' | 'removed' },
  ): Promise<WaitlistRow[]> {
    const conditions: SQL[] = [
      eq(waitlistEntries.regionId, scope.regionId),
      filter.status === 'open' ? isNull(waitlistEntries.removedOn) : isNotNull(waitlistEntries.removedOn),
    ];
    if (filter.service) conditions.push(eq(waitlistEntries.service, filter.service));
    if (filter.municipalityCode) conditions.push(eq(municipalities.code, filter.municipalityCode));
    if (scope.municipalitiesOfOrganisationId) {
      conditions.push(personInMunicipalitiesOf(waitlistEntries.personId, scope.municipalitiesOfOrganisationId));
    }
    const positions = positionsIn(tx, scope.regionId);
    return tx
      .select({ ...columns, position: positions.position })
      .from(waitlistEntries)
      .innerJoin(persons, eq(persons.id, waitlistEntries.personId))
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .leftJoin(positions, eq(positions.entryId, waitlistEntries.id))
      .where(and(...conditions))
      .orderBy(asc(waitlistEntries.priority), asc(waitlistEntries.listedOn), asc(waitlistEntries.createdAt))
      .limit(1000);
  }

  /** One entry within the scope (a region id alone: the whole region), or null. */
  async find(tx: Db, scope: WaitlistScope | string, id: string): Promise<WaitlistRow | null> {
    const { regionId, municipalitiesOfOrganisationId } =
      typeof scope === 'string' ? { regionId: scope, municipalitiesOfOrganisationId: null } : scope;
    const positions = positionsIn(tx, regionId);
    const [row] = await tx
      .select({ ...columns, position: positions.position })
      .from(waitlistEntries)
      .innerJoin(persons, eq(persons.id, waitlistEntries.personId))
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .leftJoin(positions, eq(positions.entryId, waitlistEntries.id))
      .where(
        and(
          eq(waitlistEntries.regionId, regionId),
          eq(waitlistEntries.id, id),
          municipalitiesOfOrganisationId
            ? personInMunicipalitiesOf(waitlistEntries.personId, municipalitiesOfOrganisationId)
            : undefined,
        ),
      );
    return row ?? null;
  }

  /** Lock one entry of the region for a change; null when it is not there. */
  async lock(tx: Db, regionId: string, id: string) {
    const [row] = await tx
      .select({ id: waitlistEntries.id, listedOn: waitlistEntries.listedOn, removedOn: waitlistEntries.removedOn })
      .from(waitlistEntries)
      .where(and(eq(waitlistEntries.regionId, regionId), eq(waitlistEntries.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Whether the person is on the list for the service now. */
  async hasOpenEntry(tx: Db, regionId: string, personId: string, service: ServiceCode): Promise<boolean> {
    const [row] = await tx
      .select({ id: waitlistEntries.id })
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.regionId, regionId),
          eq(waitlistEntries.personId, personId),
          eq(waitlistEntries.service, service),
          isNull(waitlistEntries.removedOn),
        ),
      );
    return row !== undefined;
  }

  /** Put a person on the list; returns the id. */
  async insert(tx: Db, row: typeof waitlistEntries.$inferInsert): Promise<string> {
    const [inserted] = await tx.insert(waitlistEntries).values(row).returning({ id: waitlistEntries.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** Take an entry off the list. */
  async remove(
    tx: Db,
    regionId: string,
    id: string,
    removal: { removedOn: string; reason: WaitlistRemovalReason; note: string | null },
  ): Promise<void> {
    await tx
      .update(waitlistEntries)
      .set({
        removedOn: removal.removedOn,
        removalReason: removal.reason,
        removalNote: removal.note,
        updatedAt: new Date(),
      })
      .where(and(eq(waitlistEntries.regionId, regionId), eq(waitlistEntries.id, id)));
  }

  /** The support while waiting of these entries, oldest first. */
  async interimSupportOf(tx: Db, regionId: string, entryIds: string[]): Promise<InterimSupportRow[]> {
    if (entryIds.length === 0) return [];
    return tx
      .select({
        id: interimSupport.id,
        waitlistEntryId: interimSupport.waitlistEntryId,
        description: interimSupport.description,
        providerOrganisationId: interimSupport.providerOrganisationId,
        providerOrganisationName: organisations.name,
        startedOn: interimSupport.startedOn,
        endedOn: interimSupport.endedOn,
      })
      .from(interimSupport)
      .leftJoin(organisations, eq(organisations.id, interimSupport.providerOrganisationId))
      .where(and(eq(interimSupport.regionId, regionId), inArray(interimSupport.waitlistEntryId, entryIds)))
      .orderBy(asc(interimSupport.startedOn), asc(interimSupport.createdAt));
  }

  /** Record support while waiting; returns the id. */
  async insertInterimSupport(tx: Db, row: typeof interimSupport.$inferInsert): Promise<string> {
    const [inserted] = await tx.insert(interimSupport).values(row).returning({ id: interimSupport.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** One support row of an entry, or null. */
  async findInterimSupport(tx: Db, regionId: string, entryId: string, id: string) {
    const [row] = await tx
      .select({ id: interimSupport.id, startedOn: interimSupport.startedOn, endedOn: interimSupport.endedOn })
      .from(interimSupport)
      .where(
        and(
          eq(interimSupport.regionId, regionId),
          eq(interimSupport.waitlistEntryId, entryId),
          eq(interimSupport.id, id),
        ),
      );
    return row ?? null;
  }

  /** Set the end date of support while waiting. */
  async endInterimSupport(tx: Db, regionId: string, id: string, endedOn: string): Promise<void> {
    await tx
      .update(interimSupport)
      .set({ endedOn })
      .where(and(eq(interimSupport.regionId, regionId), eq(interimSupport.id, id)));
  }

  /** The region's active provider organisations, by name. */
  async providers(tx: Db, regionId: string): Promise<{ id: string; name: string }[]> {
    return tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        and(eq(organisations.regionId, regionId), eq(organisations.kind, 'provider'), eq(organisations.active, true)),
      )
      .orderBy(asc(organisations.name));
  }

  /** Whether an organisation of the region is a provider (support while waiting comes from one). */
  async isProvider(tx: Db, regionId: string, organisationId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.regionId, regionId),
          eq(organisations.id, organisationId),
          eq(organisations.kind, 'provider'),
        ),
      );
    return row !== undefined;
  }
}
