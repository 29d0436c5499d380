import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipalities, persons, regions } from '../../db/schema';

/** What the import needs to know about a region before it reads the files. */
export interface ImportRegion {
  id: string;
  slug: string;
  /** The region's municipalities: id by code. */
  municipalityIds: Map<string, string>;
  /** person_refs already imported into the region. */
  personRefs: Set<string>;
  /** Every BSN in the region with the person_ref holding it (null: a person not imported). */
  bsns: Map<string, string | null>;
}

/** SQL of the bulk import that is not COPY: the region's reference data and existing persons. */
export class ImportRepository {
  /**
   * Take the region's import lock for the rest of the transaction: runs into one region
   * follow each other, so the person_refs a run reads stay the region's refs until it commits.
   */
  async lockRegion(tx: Db, slug: string): Promise<void> {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('springplank.import'), hashtext(${slug}))`);
  }

  /** The region by slug with its municipality codes and existing person refs and BSNs, or null. */
  async loadRegion(tx: Db, slug: string): Promise<ImportRegion | null> {
    const [region] = await tx
      .select({ id: regions.id, slug: regions.slug })
      .from(regions)
      .where(eq(regions.slug, slug));
    if (!region) return null;
    const codes = await tx
      .select({ id: municipalities.id, code: municipalities.code })
      .from(municipalities)
      .where(eq(municipalities.regionId, region.id));
    const existing = await tx
      .select({ sourceRef: persons.sourceRef, bsn: persons.bsn })
      .from(persons)
      .where(and(eq(persons.regionId, region.id), or(isNotNull(persons.sourceRef), isNotNull(persons.bsn))));
    const personRefs = new Set<string>();
    const bsns = new Map<string, string | null>();
    for (const person of existing) {
      if (person.sourceRef !== null) personRefs.add(person.sourceRef);
      if (person.bsn !== null) bsns.set(person.bsn, person.sourceRef);
    }
    return { ...region, municipalityIds: new Map(codes.map((c) => [c.code, c.id])), personRefs, bsns };
  }
}
