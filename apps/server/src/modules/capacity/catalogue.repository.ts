import { and, asc, eq } from 'drizzle-orm';
import type { ServiceCode } from '@springplank/domain';
import type { Db } from '../../db/client';
import { regionServices } from '../../db/schema';

/** SQL for the region's service catalogue (region_services). */
export class CatalogueRepository {
  /** Every service of the region with whether it is offered. */
  async list(db: Db, regionId: string): Promise<{ service: ServiceCode; active: boolean }[]> {
    return db
      .select({ service: regionServices.service, active: regionServices.active })
      .from(regionServices)
      .where(eq(regionServices.regionId, regionId))
      .orderBy(asc(regionServices.service));
  }

  /** Whether the region offers the service. */
  async isOffered(db: Db, regionId: string, service: ServiceCode): Promise<boolean> {
    const [row] = await db
      .select({ active: regionServices.active })
      .from(regionServices)
      .where(and(eq(regionServices.regionId, regionId), eq(regionServices.service, service)));
    return row?.active ?? false;
  }

  /** Switch a service on or off (the row is added when a region lacks it). */
  async setActive(db: Db, regionId: string, service: ServiceCode, active: boolean): Promise<void> {
    await db
      .insert(regionServices)
      .values({ regionId, service, active })
      .onConflictDoUpdate({ target: [regionServices.regionId, regionServices.service], set: { active } });
  }
}
