import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { municipalities, regions } from '../../db/schema';

/** SQL for regions and their municipalities (reference data). */
export class RegionsRepository {
  /** A region by id. */
  async findById(db: Db, regionId: string) {
    const [row] = await db.select().from(regions).where(eq(regions.id, regionId));
    return row ?? null;
  }

  /** A region by slug. */
  async findBySlug(db: Db, slug: string) {
    const [row] = await db.select().from(regions).where(eq(regions.slug, slug));
    return row ?? null;
  }

  /** The municipalities of a region, by name. */
  async municipalities(db: Db, regionId: string) {
    return db
      .select({ id: municipalities.id, code: municipalities.code, name: municipalities.name })
      .from(municipalities)
      .where(eq(municipalities.regionId, regionId))
      .orderBy(asc(municipalities.name));
  }

  /** The region's municipalities with these CBS codes (unknown codes are simply absent). */
  async municipalitiesByCode(db: Db, regionId: string, codes: string[]) {
    if (codes.length === 0) return [];
    return db
      .select({ id: municipalities.id, code: municipalities.code })
      .from(municipalities)
      .where(and(eq(municipalities.regionId, regionId), inArray(municipalities.code, codes)));
  }
}
