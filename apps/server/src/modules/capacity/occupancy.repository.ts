import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import { MO_SERVICES, type ServiceCode } from '@springplank/domain';
import type { Db } from '../../db/client';
import { capacityChanges, locations, municipalities, offers, stays } from '../../db/schema';
import type { LocationScope } from './capacity.policy';

/** A count per location and service. */
export interface LocationServiceCount {
  locationId: string;
  service: ServiceCode;
  n: number;
}

/** Places per location and service (from the capacity change in force, or the next one). */
export interface LocationServicePlaces {
  locationId: string;
  service: ServiceCode;
  places: number;
  validFrom: string;
}

/** What the board is narrowed to. */
export interface OccupancyFilter {
  service?: ServiceCode;
  municipalityCode?: string;
  /** One location only (the intake's free-bed check). */
  locationId?: string;
}

/** A stay occupies its place on `day` when started_on <= day < ended_on (an empty end is open). */
function occupiesOn(day: string): SQL {
  return and(lte(stays.startedOn, day), or(isNull(stays.endedOn), gt(stays.endedOn, day)))!;
}

/**
 * SQL aggregates for the occupancy board: places in force, occupied places (stays), held
 * places (pending offers) and the start dates of current shelter stays. Counts only, never a
 * row about a person. Every query is limited to the scope's locations (and the filter).
 */
export class OccupancyRepository {
  private locationFilter(scope: LocationScope, filter: OccupancyFilter): SQL[] {
    const list: SQL[] = [eq(locations.regionId, scope.regionId)];
    if (scope.organisationId) list.push(eq(locations.organisationId, scope.organisationId));
    if (filter.locationId) list.push(eq(locations.id, filter.locationId));
    if (filter.municipalityCode) list.push(eq(municipalities.code, filter.municipalityCode));
    return list;
  }

  /** Places per location and service on `day`: the latest change with valid_from <= day. */
  async placesOn(db: Db, scope: LocationScope, filter: OccupancyFilter, day: string): Promise<LocationServicePlaces[]> {
    return this.nearestChanges(db, scope, filter, day, 'in_force');
  }

  /** The first change after `day` per location and service (what is coming). */
  async nextChanges(
    db: Db,
    scope: LocationScope,
    filter: OccupancyFilter,
    day: string,
  ): Promise<LocationServicePlaces[]> {
    return this.nearestChanges(db, scope, filter, day, 'next');
  }

  /** Per location and service, the change in force on `day` or the first one after it. */
  private nearestChanges(
    db: Db,
    scope: LocationScope,
    filter: OccupancyFilter,
    day: string,
    which: 'in_force' | 'next',
  ): Promise<LocationServicePlaces[]> {
    return db
      .selectDistinctOn([capacityChanges.locationId, capacityChanges.service], {
        locationId: capacityChanges.locationId,
        service: capacityChanges.service,
        places: capacityChanges.places,
        validFrom: capacityChanges.validFrom,
      })
      .from(capacityChanges)
      .innerJoin(locations, eq(locations.id, capacityChanges.locationId))
      .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .where(
        and(
          ...this.locationFilter(scope, filter),
          filter.service ? eq(capacityChanges.service, filter.service) : undefined,
          which === 'in_force' ? lte(capacityChanges.validFrom, day) : gt(capacityChanges.validFrom, day),
        ),
      )
      .orderBy(
        capacityChanges.locationId,
        capacityChanges.service,
        which === 'in_force' ? desc(capacityChanges.validFrom) : asc(capacityChanges.validFrom),
      );
  }

  /** Stays that occupy a place on `day`, per location and service. */
  async occupiedOn(
    db: Db,
    scope: LocationScope,
    filter: OccupancyFilter,
    day: string,
  ): Promise<LocationServiceCount[]> {
    const rows = await db
      .select({ locationId: stays.locationId, service: stays.service, n: count() })
      .from(stays)
      .innerJoin(locations, eq(locations.id, stays.locationId))
      .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .where(
        and(
          ...this.locationFilter(scope, filter),
          eq(stays.regionId, scope.regionId),
          filter.service ? eq(stays.service, filter.service) : undefined,
          occupiesOn(day),
        ),
      )
      .groupBy(stays.locationId, stays.service);
    return rows.map((row) => ({ locationId: row.locationId!, service: row.service, n: Number(row.n) }));
  }

  /** Pending offers per location and service: each holds a place until it is answered. */
  async held(db: Db, scope: LocationScope, filter: OccupancyFilter): Promise<LocationServiceCount[]> {
    const rows = await db
      .select({ locationId: offers.locationId, service: offers.service, n: count() })
      .from(offers)
      .innerJoin(locations, eq(locations.id, offers.locationId))
      .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .where(
        and(
          ...this.locationFilter(scope, filter),
          eq(offers.regionId, scope.regionId),
          eq(offers.status, 'pending'),
          filter.service ? eq(offers.service, filter.service) : undefined,
        ),
      )
      .groupBy(offers.locationId, offers.service);
    return rows.map((row) => ({ ...row, n: Number(row.n) }));
  }

  /**
   * Current shelter stays on `day` counted per service and start date (so the three-month
   * rule is applied in one place, packages/domain). A provider counts its own stays; a
   * municipality filter counts stays at locations in that municipality.
   */
  async shelterStartsOn(
    db: Db,
    scope: LocationScope,
    filter: OccupancyFilter,
    day: string,
  ): Promise<{ service: ServiceCode; startedOn: string; n: number }[]> {
    const services = filter.service
      ? (MO_SERVICES as readonly ServiceCode[]).filter((s) => s === filter.service)
      : [...MO_SERVICES];
    if (services.length === 0) return [];
    const rows = await db
      .select({ service: stays.service, startedOn: stays.startedOn, n: count() })
      .from(stays)
      .leftJoin(locations, eq(locations.id, stays.locationId))
      .leftJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .where(
        and(
          eq(stays.regionId, scope.regionId),
          scope.organisationId ? eq(stays.organisationId, scope.organisationId) : undefined,
          filter.municipalityCode
            ? and(isNotNull(stays.locationId), eq(municipalities.code, filter.municipalityCode))
            : undefined,
          inArray(stays.service, services),
          occupiesOn(day),
        ),
      )
      .groupBy(stays.service, stays.startedOn);
    return rows.map((row) => ({ ...row, n: Number(row.n) }));
  }
}
