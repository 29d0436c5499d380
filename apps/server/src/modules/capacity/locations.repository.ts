import { and, asc, desc, eq, lte, type SQL } from 'drizzle-orm';
import type { ServiceCode } from '@springplank/domain';
import type { Db } from '../../db/client';
import { capacityChanges, locations, municipalities, organisations, users } from '../../db/schema';
import type { LocationScope } from './capacity.policy';

/** A location with its provider's and municipality's names. */
export interface LocationRow {
  id: string;
  name: string;
  address: string;
  organisationId: string;
  organisationName: string;
  municipalityCode: string;
  municipalityName: string;
  active: boolean;
  expertiseTags: string[];
}

/** One recorded change of places, with the name of who recorded it. */
export interface CapacityChangeRow {
  id: string;
  service: ServiceCode;
  places: number;
  validFrom: string;
  note: string | null;
  recordedBy: string | null;
  createdAt: Date;
}

const columns = {
  id: locations.id,
  name: locations.name,
  address: locations.address,
  organisationId: locations.organisationId,
  organisationName: organisations.name,
  municipalityCode: municipalities.code,
  municipalityName: municipalities.name,
  active: locations.active,
  expertiseTags: locations.expertiseTags,
};

function scoped(scope: LocationScope): SQL[] {
  const list: SQL[] = [eq(locations.regionId, scope.regionId)];
  if (scope.organisationId) list.push(eq(locations.organisationId, scope.organisationId));
  return list;
}

/** SQL for locations and their capacity changes; every query is limited to the scope. */
export class LocationsRepository {
  /** The scope's locations (optionally of one organisation), by provider and name. */
  async list(db: Db, scope: LocationScope, filter: { organisationId?: string } = {}): Promise<LocationRow[]> {
    return db
      .select(columns)
      .from(locations)
      .innerJoin(organisations, eq(organisations.id, locations.organisationId))
      .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .where(
        and(...scoped(scope), filter.organisationId ? eq(locations.organisationId, filter.organisationId) : undefined),
      )
      .orderBy(asc(organisations.name), asc(locations.name), asc(locations.id));
  }

  /** One location within the scope, or null. */
  async find(db: Db, scope: LocationScope, id: string): Promise<LocationRow | null> {
    const [row] = await db
      .select(columns)
      .from(locations)
      .innerJoin(organisations, eq(organisations.id, locations.organisationId))
      .innerJoin(municipalities, eq(municipalities.id, locations.municipalityId))
      .where(and(...scoped(scope), eq(locations.id, id)));
    return row ?? null;
  }

  /**
   * Lock a location row (SELECT … FOR UPDATE) within the scope until the transaction ends,
   * so two intakes cannot both count the same last bed as free. Null when out of scope.
   */
  async lock(
    db: Db,
    scope: LocationScope,
    id: string,
  ): Promise<{ id: string; organisationId: string; active: boolean } | null> {
    const [row] = await db
      .select({ id: locations.id, organisationId: locations.organisationId, active: locations.active })
      .from(locations)
      .where(and(...scoped(scope), eq(locations.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Insert a location; returns its id. */
  async insert(db: Db, row: typeof locations.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(locations).values(row).returning({ id: locations.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** Change the given columns of a location in the scope. */
  async update(
    db: Db,
    scope: LocationScope,
    id: string,
    set: Partial<
      Pick<typeof locations.$inferInsert, 'name' | 'address' | 'municipalityId' | 'expertiseTags' | 'active'>
    >,
  ): Promise<void> {
    if (Object.keys(set).length === 0) return;
    await db
      .update(locations)
      .set(set)
      .where(and(...scoped(scope), eq(locations.id, id)));
  }

  /** Every capacity change of a location, per service, newest first. */
  async changes(db: Db, regionId: string, locationId: string): Promise<CapacityChangeRow[]> {
    return db
      .select({
        id: capacityChanges.id,
        service: capacityChanges.service,
        places: capacityChanges.places,
        validFrom: capacityChanges.validFrom,
        note: capacityChanges.note,
        recordedBy: users.displayName,
        createdAt: capacityChanges.createdAt,
      })
      .from(capacityChanges)
      .leftJoin(users, eq(users.id, capacityChanges.recordedByUserId))
      .where(and(eq(capacityChanges.regionId, regionId), eq(capacityChanges.locationId, locationId)))
      .orderBy(asc(capacityChanges.service), desc(capacityChanges.validFrom));
  }

  /** The places of one service at a location on a day: the latest change with valid_from <= day, else 0. */
  async placesOn(db: Db, regionId: string, locationId: string, service: ServiceCode, day: string): Promise<number> {
    const [row] = await db
      .select({ places: capacityChanges.places })
      .from(capacityChanges)
      .where(
        and(
          eq(capacityChanges.regionId, regionId),
          eq(capacityChanges.locationId, locationId),
          eq(capacityChanges.service, service),
          lte(capacityChanges.validFrom, day),
        ),
      )
      .orderBy(desc(capacityChanges.validFrom))
      .limit(1);
    return row?.places ?? 0;
  }

  /** Record a change of places; false when the location already has one for that service and day. */
  async insertChange(db: Db, row: typeof capacityChanges.$inferInsert): Promise<boolean> {
    const inserted = await db
      .insert(capacityChanges)
      .values(row)
      .onConflictDoNothing({ target: [capacityChanges.locationId, capacityChanges.service, capacityChanges.validFrom] })
      .returning({ id: capacityChanges.id });
    return inserted.length > 0;
  }

  /** The id of a municipality of the region by CBS code, or null. */
  async municipalityId(db: Db, regionId: string, code: string): Promise<string | null> {
    const [row] = await db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(and(eq(municipalities.regionId, regionId), eq(municipalities.code, code)));
    return row?.id ?? null;
  }

  /** The kind of an organisation of the region, or null when it is not there. */
  async organisationKind(db: Db, regionId: string, id: string): Promise<string | null> {
    const [row] = await db
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
    return row?.kind ?? null;
  }
}
