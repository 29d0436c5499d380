import { and, asc, count, desc, eq, getTableColumns, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outboxEmails, reports } from '../../db/schema';

/** A stored e-mail. */
export type OutboxRow = typeof outboxEmails.$inferSelect;

/** SQL for the e-mail outbox. */
export class OutboxRepository {
  /** Queue an e-mail. */
  async insert(db: Db, row: typeof outboxEmails.$inferInsert): Promise<void> {
    await db.insert(outboxEmails).values(row);
  }

  /** One page of a region's e-mails, newest first. */
  async list(db: Db, regionId: string, page: { offset: number; limit: number }) {
    const where = eq(outboxEmails.regionId, regionId);
    // The resident a mail is about (through its report), so the access log can name them.
    const rows = await db
      .select({ ...getTableColumns(outboxEmails), personId: reports.personId })
      .from(outboxEmails)
      .leftJoin(reports, eq(reports.id, outboxEmails.reportId))
      .where(where)
      .orderBy(desc(outboxEmails.createdAt))
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(outboxEmails).where(where);
    return { rows, total: totals?.total ?? 0 };
  }

  /** Unsent e-mails with fewer than `maxAttempts` tries, oldest first. */
  async pending(db: Db, maxAttempts: number, limit: number): Promise<OutboxRow[]> {
    return db
      .select()
      .from(outboxEmails)
      .where(and(isNull(outboxEmails.sentAt), lt(outboxEmails.attempts, maxAttempts)))
      .orderBy(asc(outboxEmails.createdAt))
      .limit(limit);
  }

  /** Record a delivery attempt. */
  async markAttempt(
    db: Db,
    id: string,
    outcome: { sentAt: Date } | { error: string },
    attempts: number,
  ): Promise<void> {
    await db
      .update(outboxEmails)
      .set(
        'sentAt' in outcome
          ? { sentAt: outcome.sentAt, attempts, lastError: null }
          : { attempts, lastError: outcome.error },
      )
      .where(eq(outboxEmails.id, id));
  }
}
