import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions } from '../../db/schema';

/** An active session of a user, as "Mijn sessies" needs it. */
export interface OwnSessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
}

/** SQL for a user's own sessions. */
export class SessionsRepository {
  /** The user's sessions that have not expired, most recently used first. */
  async activeSessionsOf(db: Db, userId: string, now: Date): Promise<OwnSessionRow[]> {
    return db
      .select({
        id: sessions.id,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
      .orderBy(desc(sessions.lastSeenAt));
  }

  /** End these sessions of the user; returns how many were ended. */
  async deleteSessionsOfUser(db: Db, userId: string, sessionIds: string[]): Promise<number> {
    if (sessionIds.length === 0) return 0;
    const removed = await db
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), inArray(sessions.id, sessionIds)))
      .returning({ id: sessions.id });
    return removed.length;
  }
}
