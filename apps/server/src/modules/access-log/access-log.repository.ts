import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accessLog, accessLogHeads } from '../../db/schema';
import { GENESIS_HASH } from './access-log.chain';

/** A stored access-log row. */
export type AccessLogRow = typeof accessLog.$inferSelect;

/** Filters for searching the log of one region. */
export interface AccessLogFilter {
  regionId: string;
  userId?: string;
  personId?: string;
  subjectType?: string;
  subjectId?: string;
  action?: string;
  outcome?: 'allowed' | 'denied';
  fromInclusive?: Date;
  toExclusive?: Date;
}

/** SQL for the NEN 7513 access log. */
export class AccessLogRepository {
  /** Lock the region's chain head for this transaction and return it (creating it if new). */
  async lockHead(tx: Db, regionId: string): Promise<{ lastSequence: number; lastHash: string }> {
    await tx.insert(accessLogHeads).values({ regionId, lastSequence: 0, lastHash: GENESIS_HASH }).onConflictDoNothing();
    const [head] = await tx
      .select({ lastSequence: accessLogHeads.lastSequence, lastHash: accessLogHeads.lastHash })
      .from(accessLogHeads)
      .where(eq(accessLogHeads.regionId, regionId))
      .for('update');
    if (!head) throw new Error(`access log head missing for region ${regionId}`);
    return head;
  }

  /**
   * Append entries (consecutive sequences of one region, in order) with one INSERT and move
   * the head to the last; the caller holds the head lock.
   */
  async append(tx: Db, rows: readonly AccessLogRow[]): Promise<void> {
    const last = rows.at(-1);
    if (!last) return;
    await tx.insert(accessLog).values([...rows]);
    await tx
      .update(accessLogHeads)
      .set({ lastSequence: last.sequence, lastHash: last.hash })
      .where(eq(accessLogHeads.regionId, last.regionId));
  }

  /** One page of matching entries and the total count. */
  async search(
    db: Db,
    filter: AccessLogFilter,
    page: { offset: number; limit: number; order: 'asc' | 'desc' },
  ): Promise<{ rows: AccessLogRow[]; total: number }> {
    const where = and(...conditions(filter));
    const rows = await db
      .select()
      .from(accessLog)
      .where(where)
      .orderBy(page.order === 'asc' ? asc(accessLog.sequence) : desc(accessLog.sequence))
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(accessLog).where(where);
    return { rows, total: totals?.total ?? 0 };
  }

  /** Entries of a region after `afterSequence`, in order, for streaming verification. */
  async batchAfter(db: Db, regionId: string, afterSequence: number, limit: number): Promise<AccessLogRow[]> {
    return db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.regionId, regionId), sql`${accessLog.sequence} > ${afterSequence}`))
      .orderBy(asc(accessLog.sequence))
      .limit(limit);
  }

  /** The recorded head of a region's chain, or null when nothing was logged yet. */
  async head(db: Db, regionId: string): Promise<{ lastSequence: number; lastHash: string } | null> {
    const [head] = await db
      .select({ lastSequence: accessLogHeads.lastSequence, lastHash: accessLogHeads.lastHash })
      .from(accessLogHeads)
      .where(eq(accessLogHeads.regionId, regionId));
    return head ?? null;
  }
}

function conditions(filter: AccessLogFilter): SQL[] {
  const list: SQL[] = [eq(accessLog.regionId, filter.regionId)];
  if (filter.userId) list.push(eq(accessLog.userId, filter.userId));
  if (filter.personId) list.push(eq(accessLog.personId, filter.personId));
  if (filter.subjectType) list.push(eq(accessLog.subjectType, filter.subjectType));
  if (filter.subjectId) list.push(eq(accessLog.subjectId, filter.subjectId));
  if (filter.action) list.push(eq(accessLog.action, filter.action));
  if (filter.outcome) list.push(eq(accessLog.outcome, filter.outcome));
  if (filter.fromInclusive) list.push(gte(accessLog.occurredAt, filter.fromInclusive));
  if (filter.toExclusive) list.push(lt(accessLog.occurredAt, filter.toExclusive));
  return list;
}
