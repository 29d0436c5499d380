import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipalities, organisationMunicipalities, persons, regionServices } from '../../db/schema';
import { personInMunicipalitiesOf } from '../person-access/person-access.repository';

/**
 * The little SQL the access module needs around persons beyond the shared
 * PersonsRepository (triage): municipality names and codes, BSN uniqueness, the catalogue.
 */
export class AccessPersonsRepository {
  /** A municipality of the region by CBS code, or null. */
  async municipalityByCode(tx: Db, regionId: string, code: string) {
    const [row] = await tx
      .select({ id: municipalities.id, name: municipalities.name })
      .from(municipalities)
      .where(and(eq(municipalities.regionId, regionId), eq(municipalities.code, code)));
    return row ?? null;
  }

  /** Names of the region's municipalities by id. */
  async municipalityNames(tx: Db, regionId: string, ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (wanted.length === 0) return new Map();
    const rows = await tx
      .select({ id: municipalities.id, name: municipalities.name })
      .from(municipalities)
      .where(and(eq(municipalities.regionId, regionId), inArray(municipalities.id, wanted)));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Whether the municipality is one of the organisation's (a local access team's area). */
  async organisationCovers(tx: Db, organisationId: string, municipalityId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: organisationMunicipalities.municipalityId })
      .from(organisationMunicipalities)
      .where(
        and(
          eq(organisationMunicipalities.organisationId, organisationId),
          eq(organisationMunicipalities.municipalityId, municipalityId),
        ),
      );
    return row !== undefined;
  }

  /** Whether the person lives in one of the organisation's municipalities. */
  async livesInMunicipalitiesOf(tx: Db, organisationId: string, personId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), personInMunicipalitiesOf(persons.id, organisationId)));
    return row !== undefined;
  }

  /** Whether a person of the region already has this BSN. */
  async bsnTaken(tx: Db, regionId: string, bsn: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.regionId, regionId), eq(persons.bsn, bsn)));
    return row !== undefined;
  }

  /** Whether the region offers the service (its catalogue switch). */
  async serviceOffered(tx: Db, regionId: string, service: typeof regionServices.$inferSelect.service) {
    const [row] = await tx
      .select({ active: regionServices.active })
      .from(regionServices)
      .where(and(eq(regionServices.regionId, regionId), eq(regionServices.service, service)));
    return row?.active === true;
  }
}
