import { and, eq, inArray, isNotNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { housingRecords, offers, stays } from '../../db/schema';

/**
 * SQL condition: the person (by id column) lives in one of the organisation's municipalities.
 * A local access team (wijkteam) sees only such persons; a person without a municipality
 * belongs to no local team.
 */
export function personInMunicipalitiesOf(personId: SQL | AnyColumn, organisationId: string): SQL {
  return sql`exists (select 1 from persons lp
    join organisation_municipalities om on om.municipality_id = lp.municipality_id
    where lp.id = ${personId} and om.organisation_id = ${organisationId})`;
}

/**
 * Row-level visibility of persons for organisations outside the access team (ACCESS.md):
 * a provider sees only persons offered to it (offer pending or accepted) or placed with it
 * (a stay, current or past); a housing corporation only persons whose housing request is
 * addressed to it. Shared by every module that shows a person to such an organisation.
 */
export class PersonAccessRepository {
  /** Whether the provider organisation may see this person. */
  async providerMaySee(tx: Db, regionId: string, organisationId: string, personId: string): Promise<boolean> {
    const [row] = await tx
      .select({ ok: sql<number>`1` })
      .from(stays)
      .where(and(eq(stays.regionId, regionId), eq(stays.organisationId, organisationId), eq(stays.personId, personId)))
      .union(
        tx
          .select({ ok: sql<number>`1` })
          .from(offers)
          .where(
            and(
              eq(offers.regionId, regionId),
              eq(offers.organisationId, organisationId),
              eq(offers.personId, personId),
              inArray(offers.status, ['pending', 'accepted']),
            ),
          ),
      )
      .limit(1);
    return row !== undefined;
  }

  /** Whether the housing corporation has a housing request for this person. */
  async corporationMaySee(tx: Db, regionId: string, organisationId: string, personId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: housingRecords.id })
      .from(housingRecords)
      .where(
        and(
          eq(housingRecords.regionId, regionId),
          eq(housingRecords.corporationId, organisationId),
          eq(housingRecords.personId, personId),
          isNotNull(housingRecords.requestedAt),
        ),
      )
      .limit(1);
    return row !== undefined;
  }
}
