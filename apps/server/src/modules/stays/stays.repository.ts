import { and, asc, count, desc, eq, exists, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { MO_SERVICES, type ServiceCode, type StayEndReason } from '@springplank/domain';
import type { Db } from '../../db/client';
import { locations, municipalities, offers, organisations, persons, stays, users } from '../../db/schema';
import type { StayScope } from './stays.policy';

/** A stay with the names the list and detail show. */
export interface StayRow {
  id: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  municipalityCode: string | null;
  service: ServiceCode;
  organisationId: string | null;
  organisationName: string | null;
  locationId: string | null;
  locationName: string | null;
  providerRef: string | null;
  startedOn: string;
  endedOn: string | null;
  endReason: StayEndReason | null;
  endNote: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** What the stays list is narrowed to. */
export interface StayFilter {
  status: 'current' | 'ended' | 'all';
  service?: ServiceCode;
  locationId?: string;
  /** Only shelter stays that started on or before this day (the "longer than 3 months" ones). */
  startedOnOrBefore?: string;
}

/** A person found for shelter intake. */
export interface IntakePersonRow {
  id: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  municipalityCode: string | null;
}

const columns = {
  id: stays.id,
  personId: stays.personId,
  givenName: persons.givenName,
  familyName: persons.familyName,
  birthDate: persons.birthDate,
  municipalityCode: municipalities.code,
  service: stays.service,
  organisationId: stays.organisationId,
  organisationName: organisations.name,
  locationId: stays.locationId,
  locationName: locations.name,
  providerRef: stays.providerRef,
  startedOn: stays.startedOn,
  endedOn: stays.endedOn,
  endReason: stays.endReason,
  endNote: stays.endNote,
  createdBy: users.displayName,
  createdAt: stays.createdAt,
};

function scoped(scope: StayScope): SQL[] {
  const list: SQL[] = [eq(stays.regionId, scope.regionId)];
  if (scope.organisationId) list.push(eq(stays.organisationId, scope.organisationId));
  return list;
}

/** Not ended on `today`: no end date, or an end date after today (half-open). */
function currentOn(today: string): SQL {
  return or(isNull(stays.endedOn), gt(stays.endedOn, today))!;
}

/** SQL for stays (BW and shelter); every query is limited to the actor's scope. */
export class StaysRepository {
  /** One page of stays: current ones longest first, ended ones most recently ended first. */
  async list(
    db: Db,
    scope: StayScope,
    filter: StayFilter,
    today: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: StayRow[]; total: number }> {
    const conditions: SQL[] = [...scoped(scope)];
    if (filter.status === 'current') conditions.push(currentOn(today));
    if (filter.status === 'ended') conditions.push(lte(stays.endedOn, today));
    if (filter.service) conditions.push(eq(stays.service, filter.service));
    if (filter.locationId) conditions.push(eq(stays.locationId, filter.locationId));
    if (filter.startedOnOrBefore) {
      conditions.push(inArray(stays.service, [...MO_SERVICES]), lte(stays.startedOn, filter.startedOnOrBefore));
    }
    const where = and(...conditions);
    const rows = await db
      .select(columns)
      .from(stays)
      .innerJoin(persons, eq(persons.id, stays.personId))
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .leftJoin(organisations, eq(organisations.id, stays.organisationId))
      .leftJoin(locations, eq(locations.id, stays.locationId))
      .leftJoin(users, eq(users.id, stays.createdByUserId))
      .where(where)
      .orderBy(
        ...(filter.status === 'ended'
          ? [desc(stays.endedOn), asc(stays.startedOn)]
          : [asc(stays.startedOn), asc(persons.familyName)]),
        asc(stays.id),
      )
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(stays).where(where);
    return { rows, total: Number(totals?.total ?? 0) };
  }

  /** One stay within the scope, or null. */
  async find(db: Db, scope: StayScope, id: string): Promise<StayRow | null> {
    const [row] = await db
      .select(columns)
      .from(stays)
      .innerJoin(persons, eq(persons.id, stays.personId))
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .leftJoin(organisations, eq(organisations.id, stays.organisationId))
      .leftJoin(locations, eq(locations.id, stays.locationId))
      .leftJoin(users, eq(users.id, stays.createdByUserId))
      .where(and(...scoped(scope), eq(stays.id, id)));
    return row ?? null;
  }

  /** Lock a stay within the scope for a change in this transaction. */
  async lock(db: Db, scope: StayScope, id: string) {
    const [row] = await db
      .select({ id: stays.id, personId: stays.personId, startedOn: stays.startedOn, endedOn: stays.endedOn })
      .from(stays)
      .where(and(...scoped(scope), eq(stays.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Record the end of a stay. */
  async end(db: Db, id: string, end: { endedOn: string; endReason: StayEndReason; endNote: string | null }) {
    await db
      .update(stays)
      .set({ ...end, updatedAt: new Date() })
      .where(eq(stays.id, id));
  }

  /** Insert a stay; returns its id. */
  async insert(db: Db, row: typeof stays.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(stays).values(row).returning({ id: stays.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /**
   * Whether the person is in shelter from `day` on: a shelter stay not ended by then, or one
   * of `service` starting that very day (the import's row identity forbids a second).
   */
  async inShelterFrom(db: Db, regionId: string, personId: string, service: ServiceCode, day: string): Promise<boolean> {
    const [row] = await db
      .select({ id: stays.id })
      .from(stays)
      .where(
        and(
          eq(stays.regionId, regionId),
          eq(stays.personId, personId),
          inArray(stays.service, [...MO_SERVICES]),
          or(isNull(stays.endedOn), gt(stays.endedOn, day), and(eq(stays.service, service), eq(stays.startedOn, day))),
        ),
      )
      .limit(1);
    return row !== undefined;
  }

  /** A person of the region with the given BSN, or null. */
  async personByBsn(db: Db, regionId: string, bsn: string): Promise<string | null> {
    const [row] = await db
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.regionId, regionId), eq(persons.bsn, bsn)))
      .limit(1);
    return row?.id ?? null;
  }

  /**
   * Persons matching a name (or a 9-digit BSN) for shelter intake, at most 20. A provider
   * finds only its own clients: persons placed with it or offered to it (ACCESS.md).
   */
  async searchPersons(db: Db, scope: StayScope, q: string): Promise<IntakePersonRow[]> {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const fullName = sql`coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, '')`;
    const match = /^\d{9}$/.test(q) ? eq(persons.bsn, q) : ilike(fullName, pattern);
    const own = scope.organisationId
      ? or(
          exists(
            db
              .select({ one: sql`1` })
              .from(stays)
              .where(and(eq(stays.personId, persons.id), eq(stays.organisationId, scope.organisationId))),
          ),
          exists(
            db
              .select({ one: sql`1` })
              .from(offers)
              .where(
                and(
                  eq(offers.personId, persons.id),
                  eq(offers.organisationId, scope.organisationId),
                  inArray(offers.status, ['pending', 'accepted']),
                ),
              ),
          ),
        )
      : undefined;
    return db
      .select({
        id: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        birthDate: persons.birthDate,
        municipalityCode: municipalities.code,
      })
      .from(persons)
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .where(and(eq(persons.regionId, scope.regionId), match, own))
      .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id))
      .limit(20);
  }
}
