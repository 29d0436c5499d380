import { and, asc, desc, eq, isNull, lte, notExists, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ServiceCode, WaitlistPriority } from '@springplank/domain';
import type { Db } from '../../db/client';
import {
  capacityChanges,
  locations,
  municipalities,
  offers,
  organisations,
  persons,
  regionServices,
  waitlistEntries,
} from '../../db/schema';

/** A location + service with its places, claims and holds on a day. */
export interface PlaceRow {
  locationId: string;
  locationName: string;
  organisationId: string;
  organisationName: string;
  municipalityId: string;
  municipalityName: string;
  expertiseTags: string[];
  service: ServiceCode;
  places: number;
  occupied: number;
  held: number;
}

/** An open waiting-list entry with what matching and the suggestion list need. */
export interface CandidateRow {
  waitlistEntryId: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  service: ServiceCode;
  priority: WaitlistPriority;
  listedOn: string;
  expertiseNeeds: string[];
  preferredMunicipalityId: string | null;
  preferredMunicipalityName: string | null;
  declines: number;
}

/** Which places to load: the whole region, or one location (and service). */
export interface PlaceFilter {
  locationId?: string;
  service?: ServiceCode;
}

/**
 * Offers a provider declined for a person, counted per person (every entry and service):
 * shown with the candidate and on the waiting list, and a veldtafel signal.
 */
export function declinesOf(personId: SQL | AnyPgColumn): SQL<number> {
  return sql<number>`(select count(*) from offers d
    where d.person_id = ${personId} and d.status = 'declined')::int`;
}

/**
 * SQL for matching: free places (capacity, claims, holds) and waiting-list candidates. Every
 * query is limited to the actor's region.
 */
export class PlacementsRepository {
  /**
   * Places per active location and offered service on `day`: places of the latest capacity
   * change with valid_from <= day; occupied = stays there not ended on `day` (a stay that
   * starts later, from an accepted offer, already claims its place); held = pending offers.
   */
  async places(db: Db, regionId: string, day: string, filter: PlaceFilter = {}): Promise<PlaceRow[]> {
    const capacity = db
      .selectDistinctOn([capacityChanges.locationId, capacityChanges.service], {
        locationId: capacityChanges.locationId,
        service: capacityChanges.service,
        places: capacityChanges.places,
      })
      .from(capacityChanges)
      .where(
        and(
          eq(capacityChanges.regionId, regionId),
          lte(capacityChanges.validFrom, day),
          filter.locationId ? eq(capacityChanges.locationId, filter.locationId) : undefined,
          filter.service ? eq(capacityChanges.service, filter.service) : undefined,
        ),
      )
      .orderBy(capacityChanges.locationId, capacityChanges.service, desc(capacityChanges.validFrom))
      .as('capacity');
    const rows = await db
      .select({
        locationId: locations.id,
        locationName: locations.name,
        organisationId: organisations.id,
        organisationName: organisations.name,
        municipalityId: municipalities.id,
        municipalityName: municipalities.name,
        expertiseTags: locations.expertiseTags,
        service: capacity.service,
        places: capacity.places,
        occupied: sql<number>`(select count(*) from stays s where s.location_id = ${locations.id}
          and s.service = ${capacity.service} and (s.ended_on is null or s.ended_on > ${day}))::int`,
        held: sql<number>`(select count(*) from offers h where h.location_id = ${locations.id}
          and h.service = ${capacity.service} and h.status = 'pending')::int`,
      })
      .from(capacity)
      .innerJoin(locations, eq(locations.id, capacity.locationId))
      .innerJoin(organisations, eq(organisations.id, locations.organisationId))
      .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .innerJoin(
        regionServices,
        and(
          eq(regionServices.regionId, locations.regionId),
          eq(regionServices.service, capacity.service),
          eq(regionServices.active, true),
        ),
      )
      .where(and(eq(locations.regionId, regionId), eq(locations.active, true)))
      .orderBy(asc(organisations.name), asc(locations.name), asc(capacity.service));
    return rows.map((row) => ({ ...row, occupied: Number(row.occupied), held: Number(row.held) }));
  }

  /**
   * Lock a location of the region for the rest of the transaction. Every change that takes
   * or releases a place there (a new offer, an acceptance) takes this lock first, so the free
   * places it counts next cannot change under it (also under READ COMMITTED).
   */
  async lockLocation(db: Db, regionId: string, locationId: string) {
    const [row] = await db
      .select({ id: locations.id, organisationId: locations.organisationId, active: locations.active })
      .from(locations)
      .where(and(eq(locations.regionId, regionId), eq(locations.id, locationId)))
      .for('update');
    return row ?? null;
  }

  /**
   * Open waiting-list entries of the region for a service that have no pending offer (one
   * offer at a time per entry), with the person and their declines. Unordered: matching ranks.
   */
  async candidates(db: Db, regionId: string, service: ServiceCode): Promise<CandidateRow[]> {
    const preferred = sql<string | null>`(select m.name from municipalities m
      where m.id = ${waitlistEntries.preferredMunicipalityId})`;
    const rows = await db
      .select({
        waitlistEntryId: waitlistEntries.id,
        personId: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        birthDate: persons.birthDate,
        service: waitlistEntries.service,
        priority: waitlistEntries.priority,
        listedOn: waitlistEntries.listedOn,
        expertiseNeeds: waitlistEntries.expertiseNeeds,
        preferredMunicipalityId: waitlistEntries.preferredMunicipalityId,
        preferredMunicipalityName: preferred,
        declines: declinesOf(persons.id),
      })
      .from(waitlistEntries)
      .innerJoin(persons, eq(persons.id, waitlistEntries.personId))
      .where(
        and(
          eq(waitlistEntries.regionId, regionId),
          eq(waitlistEntries.service, service),
          isNull(waitlistEntries.removedOn),
          notExists(
            db
              .select({ id: offers.id })
              .from(offers)
              .where(and(eq(offers.waitlistEntryId, waitlistEntries.id), eq(offers.status, 'pending'))),
          ),
        ),
      )
      .orderBy(asc(waitlistEntries.listedOn), asc(waitlistEntries.id));
    return rows.map((row) => ({ ...row, declines: Number(row.declines) }));
  }

  /** Lock a waiting-list entry of the region for the rest of the transaction. */
  async lockEntry(db: Db, regionId: string, entryId: string) {
    const [row] = await db
      .select()
      .from(waitlistEntries)
      .where(and(eq(waitlistEntries.regionId, regionId), eq(waitlistEntries.id, entryId)))
      .for('update');
    return row ?? null;
  }
}
