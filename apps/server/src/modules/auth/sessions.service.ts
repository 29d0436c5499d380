import { createHash } from 'node:crypto';
import type { OwnSessionList } from '@springplank/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { OwnSessionRow, SessionsRepository } from './sessions.repository';
import { summariseUserAgent } from './user-agent';

/**
 * The handle by which the client names one of its user's sessions. The session id is the
 * SHA-256 of the cookie token; we never send it out, only a hash of it, so a list of
 * sessions gives nothing to sign in with.
 */
export function sessionHandleOf(sessionId: string): string {
  return createHash('sha256').update(`session-handle:${sessionId}`).digest('base64url').slice(0, 22);
}

/** "Mijn sessies": a signed-in user sees its active sessions and ends one or all others. */
export class OwnSessionsService {
  constructor(
    private readonly db: Db,
    private readonly repository: SessionsRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The actor's active sessions, the current one first; browser and system, never the IP address. */
  async list(ctx: ActorContext): Promise<OwnSessionList> {
    const rows = await this.repository.activeSessionsOf(this.db, ctx.actor.userId, this.now());
    const current = (row: OwnSessionRow) => row.id === ctx.actor.sessionId;
    const ordered = [...rows.filter(current), ...rows.filter((row) => !current(row))];
    return {
      items: ordered.map((row) => ({
        id: sessionHandleOf(row.id),
        current: current(row),
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        ...summariseUserAgent(row.userAgent),
      })),
    };
  }

  /** End one of the actor's own sessions by its handle; 404 for anything else. Says whether it was the current one. */
  async end(ctx: ActorContext, handle: string): Promise<{ current: boolean }> {
    const rows = await this.repository.activeSessionsOf(this.db, ctx.actor.userId, this.now());
    const target = rows.find((row) => sessionHandleOf(row.id) === handle);
    if (!target) throw new AppError('NOT_FOUND');
    await this.endSessions(ctx, [target.id]);
    return { current: target.id === ctx.actor.sessionId };
  }

  /** End every other session of the actor; the current one stays. */
  async endOthers(ctx: ActorContext): Promise<number> {
    const rows = await this.repository.activeSessionsOf(this.db, ctx.actor.userId, this.now());
    return this.endSessions(
      ctx,
      rows.filter((row) => row.id !== ctx.actor.sessionId).map((row) => row.id),
    );
  }

  private endSessions(ctx: ActorContext, sessionIds: string[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      const ended = await this.repository.deleteSessionsOfUser(tx, ctx.actor.userId, sessionIds);
      await this.accessLog.record(tx, ctx, {
        action: 'auth.sessions_ended',
        subjectType: 'user',
        subjectId: ctx.actor.userId,
        details: { ended, includesCurrent: sessionIds.includes(ctx.actor.sessionId) },
      });
      return ended;
    });
  }
}
