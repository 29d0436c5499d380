import { and, eq } from 'drizzle-orm';
import type { MonitorTargetSetting } from '@springplank/domain';
import type { Db } from '../../db/client';
import { monitorTargets } from '../../db/schema';

/** A stored target with its last change. */
export type MonitorTargetRow = typeof monitorTargets.$inferSelect;

/** SQL for the region's monitor targets. */
export class MonitorTargetsRepository {
  /** The region's stored targets. */
  async list(db: Db, regionId: string): Promise<MonitorTargetRow[]> {
    return db.select().from(monitorTargets).where(eq(monitorTargets.regionId, regionId));
  }

  /** Insert or replace one target of the region. */
  async upsert(db: Db, regionId: string, target: MonitorTargetSetting, userId: string): Promise<void> {
    const values = {
      baselineDate: target.baselineDate,
      targetDate: target.targetDate,
      baselineYear: target.baselineYear,
      targetYear: target.targetYear,
      value: target.value,
      updatedByUserId: userId,
      updatedAt: new Date(),
    };
    const updated = await db
      .update(monitorTargets)
      .set(values)
      .where(and(eq(monitorTargets.regionId, regionId), eq(monitorTargets.key, target.key)))
      .returning({ key: monitorTargets.key });
    if (updated.length === 0) await db.insert(monitorTargets).values({ regionId, key: target.key, ...values });
  }
}
