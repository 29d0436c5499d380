import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisationMunicipalities, organisations } from '../../db/schema';

/** An organisation with the codes of the municipalities it serves and its user count. */
export interface OrganisationRow {
  id: string;
  name: string;
  kind: (typeof organisations.$inferSelect)['kind'];
  active: boolean;
  createdAt: Date;
  municipalityCodes: string[];
  userCount: number;
}

// Correlated subqueries name the outer table explicitly: Drizzle renders columns inside
// select fields unqualified, which would bind to the inner tables.
const municipalityCodes = sql<string[]>`array(
  select m.code from organisation_municipalities om
  join municipalities m on m.id = om.municipality_id
  where om.organisation_id = "organisations"."id" order by 1)`;
const userCount = sql<number>`(select count(*)::int from users u where u.organisation_id = "organisations"."id")`;

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  active: organisations.active,
  createdAt: organisations.createdAt,
  municipalityCodes,
  userCount,
};

/** SQL for organisations. */
export class OrganisationsRepository {
  /** All organisations of a region, by name. */
  list(db: Db, regionId: string): Promise<OrganisationRow[]> {
    return db
      .select(columns)
      .from(organisations)
      .where(eq(organisations.regionId, regionId))
      .orderBy(asc(organisations.name));
  }

  /** One organisation of a region. */
  async find(db: Db, regionId: string, id: string): Promise<OrganisationRow | null> {
    const [row] = await db
      .select(columns)
      .from(organisations)
      .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
    return row ?? null;
  }

  /** Insert an organisation; returns its id. */
  async insert(db: Db, row: typeof organisations.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(organisations).values(row).returning({ id: organisations.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /** Change name or active flag. */
  async update(db: Db, regionId: string, id: string, patch: { name?: string; active?: boolean }): Promise<void> {
    await db
      .update(organisations)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(organisations.regionId, regionId), eq(organisations.id, id)));
  }

  /** Replace the municipalities an organisation serves. */
  async setMunicipalities(db: Db, regionId: string, organisationId: string, municipalityIds: string[]): Promise<void> {
    await db.delete(organisationMunicipalities).where(eq(organisationMunicipalities.organisationId, organisationId));
    if (municipalityIds.length === 0) return;
    await db
      .insert(organisationMunicipalities)
      .values(municipalityIds.map((municipalityId) => ({ regionId, organisationId, municipalityId })));
  }
}
