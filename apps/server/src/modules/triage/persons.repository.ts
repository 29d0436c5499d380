import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { personInMunicipalitiesOf } from '../person-access/person-access.repository';
import type { Db } from '../../db/client';
import { municipalities, persons } from '../../db/schema';

/** A person with the CBS code of their municipality. */
export interface PersonRow {
  id: string;
  bsn: string | null;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  address: string | null;
  municipalityId: string | null;
  municipalityCode: string | null;
  district: string | null;
}

const columns = {
  id: persons.id,
  bsn: persons.bsn,
  givenName: persons.givenName,
  familyName: persons.familyName,
  birthDate: persons.birthDate,
  address: persons.address,
  municipalityId: persons.municipalityId,
  municipalityCode: municipalities.code,
  district: persons.district,
};

/** SQL for persons. */
export class PersonsRepository {
  /** One person of a region. */
  async find(db: Db, regionId: string, id: string): Promise<PersonRow | null> {
    const [row] = await db
      .select(columns)
      .from(persons)
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .where(and(eq(persons.regionId, regionId), eq(persons.id, id)));
    return row ?? null;
  }

  /** Persons of a region matching a name/address text, a BSN and/or a birth date (at most 50). */
  async search(
    db: Db,
    regionId: string,
    filter: { q?: string; bsn?: string; birthDate?: string; municipalitiesOfOrganisationId?: string | null },
  ): Promise<PersonRow[]> {
    const conditions: SQL[] = [eq(persons.regionId, regionId)];
    if (filter.municipalitiesOfOrganisationId) {
      conditions.push(personInMunicipalitiesOf(persons.id, filter.municipalitiesOfOrganisationId));
    }
    if (filter.bsn) conditions.push(eq(persons.bsn, filter.bsn));
    if (filter.birthDate) conditions.push(eq(persons.birthDate, filter.birthDate));
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const match = or(
        ilike(sql`coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, '')`, pattern),
        ilike(persons.address, pattern),
      );
      if (match) conditions.push(match);
    }
    return db
      .select(columns)
      .from(persons)
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .where(and(...conditions))
      .orderBy(persons.familyName, persons.givenName)
      .limit(50);
  }

  /** Whether a person of the region already has this BSN (BSNs are unique per region). */
  async bsnTaken(db: Db, regionId: string, bsn: string): Promise<boolean> {
    const [row] = await db
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.regionId, regionId), eq(persons.bsn, bsn)));
    return row !== undefined;
  }

  /** Insert a person; returns the id. */
  async insert(db: Db, row: typeof persons.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(persons).values(row).returning({ id: persons.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /**
   * Persons who may be the subject of a report: same address, same name, or (when the
   * report is already linked) the same BSN or name with birth date as the linked person.
   */
  async likelyMatches(
    db: Db,
    regionId: string,
    probe: { name: string | null; address: string | null; linked: PersonRow | null },
  ): Promise<(PersonRow & { reasons: string[] })[]> {
    const normalise = (value: SQL | string) => sql`lower(regexp_replace(trim(${value}), '\\s+', ' ', 'g'))`;
    const fullName = sql`coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, '')`;
    const byAddress = probe.address
      ? sql`${normalise(sql`${persons.address}`)} = ${normalise(probe.address)}`
      : sql`false`;
    const byName = probe.name ? sql`${normalise(fullName)} = ${normalise(probe.name)}` : sql`false`;
    const linked = probe.linked;
    const byBsn = linked?.bsn ? sql`${persons.bsn} = ${linked.bsn}` : sql`false`;
    const byNameBirth =
      linked?.birthDate && linked.familyName
        ? sql`${persons.birthDate} = ${linked.birthDate} and lower(${persons.familyName}) = lower(${linked.familyName})`
        : sql`false`;
    const rows = await db
      .select({
        ...columns,
        address_match: sql<boolean>`${byAddress}`,
        name_match: sql<boolean>`(${byName}) or (${byNameBirth})`,
        bsn_match: sql<boolean>`${byBsn}`,
      })
      .from(persons)
      .leftJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .where(
        and(
          eq(persons.regionId, regionId),
          linked ? sql`${persons.id} <> ${linked.id}` : undefined,
          sql`(${byAddress}) or (${byName}) or (${byBsn}) or (${byNameBirth})`,
        ),
      )
      .limit(20);
    return rows.map(({ address_match, name_match, bsn_match, ...person }) => ({
      ...person,
      reasons: [bsn_match && 'bsn', name_match && 'name_birth_date', address_match && 'address'].filter(
        (r): r is string => Boolean(r),
      ),
    }));
  }
}
