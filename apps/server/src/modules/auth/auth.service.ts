import type { LoginRequest, SessionResponse } from '@springplank/contract';
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { AppError, RateLimitedError } from '../../errors';
import type { Actor, ActorContext } from '../../shared/context';
import { authorOfAccount, type AccessLogService } from '../access-log/access-log.service';
import type { RateLimitCounters } from '../rate-limit/rate-limit.repository';
import type { AuthRepository, SessionActorRow } from './auth.repository';
import type { PasswordHasher } from './password';
import { newToken, sessionIdOf } from './session-token';

/** Session and sign-in throttling settings. */
export interface AuthSettings {
  session: { idleMinutes: number; absoluteHours: number };
  /** Attempts per (e-mail address, client address) within the window before answers become 429. */
  login: { throttleAttempts: number; throttleWindowMinutes: number };
}

/** Where a sign-in came from, for the session record and the log. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** The session cookie the browser still sent, if any: signing in ends that session. */
  previousSessionToken?: string | null;
}

/** A fresh session: the cookie token and what the client may see. */
export interface StartedSession {
  token: string;
  session: SessionResponse;
}

/** Only touch the session row when it was last touched this long ago (saves a write per request). */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Sign-in with password, sessions and the signed-in user's own settings. There is no account
 * lock (anyone could lock someone else out with it): attempts are throttled per (e-mail
 * address, client address) in the shared rate-limit store, and per client address by the
 * route's rate limit, and every refusal looks the same whether the address exists or not.
 */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly repository: AuthRepository,
    private readonly accessLog: AccessLogService,
    private readonly passwords: PasswordHasher,
    private readonly settings: AuthSettings,
    private readonly counters: RateLimitCounters,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Check e-mail and password, throttled per (e-mail, client); a success clears the count. */
  async login(input: LoginRequest, client: ClientInfo): Promise<StartedSession> {
    // Counted before the account is looked up, so a throttled answer says nothing about it.
    const throttleKey = loginThrottleKey(input.email, client.ip);
    const attempts = await this.counters.hit(throttleKey, this.settings.login.throttleWindowMinutes * 60_000);
    if (attempts.count > this.settings.login.throttleAttempts) {
      throw new RateLimitedError(Math.max(1, Math.ceil(attempts.ttlMs / 1000)));
    }
    const candidate = await this.repository.findLoginCandidate(this.db, input.email);
    if (!candidate || !candidate.passwordHash) {
      // Same argon2 work as a real check, so the time does not tell which addresses exist.
      await this.passwords.burn(input.password);
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (!(await this.passwords.verify(candidate.passwordHash, input.password))) {
      await this.db.transaction((tx) =>
        this.accessLog.append(tx, authorOfAccount(candidate, client.requestId), {
          subjectType: 'user',
          subjectId: candidate.id,
          action: 'auth.login_failed',
          details: { ip: client.ip },
        }),
      );
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (!candidate.active || !candidate.organisationActive) throw new AppError('ACCOUNT_DISABLED');
    await this.counters.reset(throttleKey);
    return this.startSession(candidate.id, client, 'password');
  }

  /** Open a session for a user whose identity is established (password or OIDC). */
  async startSession(userId: string, client: ClientInfo, method: 'password' | 'oidc'): Promise<StartedSession> {
    const token = newToken();
    const id = sessionIdOf(token);
    const now = this.now();
    const previousSessionId = client.previousSessionToken ? sessionIdOf(client.previousSessionToken) : null;
    await this.db.transaction(async (tx) => {
      const regionId = await this.repository.recordSuccess(tx, userId, now);
      // A new id on every sign-in, and the browser's old session ends: a token planted or
      // seen before sign-in (session fixation) is worth nothing afterwards.
      if (previousSessionId) await this.repository.deleteSession(tx, previousSessionId);
      await this.repository.createSession(tx, {
        id,
        userId,
        regionId,
        csrfToken: newToken(),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: this.expiryFor(now, now),
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      });
    });
    const row = await this.repository.findSessionActor(this.db, id);
    if (!row) throw new Error('session vanished right after creation');
    const actor = toActor(row);
    await this.db.transaction((tx) =>
      this.accessLog.record(
        tx,
        { actor, role: null, requestId: client.requestId },
        {
          action: 'auth.login',
          subjectType: 'user',
          subjectId: userId,
          details: { method, ip: client.ip, ...(previousSessionId ? { replacedSession: true } : {}) },
        },
      ),
    );
    return { token, session: presentSession(actor) };
  }

  /** The actor for a session token, or null when it is unknown, expired or disabled. */
  async authenticate(token: string): Promise<Actor | null> {
    const row = await this.repository.findSessionActor(this.db, sessionIdOf(token));
    if (!row) return null;
    const now = this.now();
    if (row.expiresAt <= now || !row.active || !row.organisationActive) {
      await this.repository.deleteSession(this.db, row.sessionId);
      return null;
    }
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      row.expiresAt = this.expiryFor(row.createdAt, now);
      await this.repository.touchSession(this.db, row.sessionId, now, row.expiresAt);
    }
    return toActor(row);
  }

  /** End the actor's session. */
  async logout(ctx: ActorContext): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.repository.deleteSession(tx, ctx.actor.sessionId);
      await this.accessLog.record(tx, ctx, { action: 'auth.logout', subjectType: 'user', subjectId: ctx.actor.userId });
    });
  }

  /** Change the signed-in user's interface language. */
  async updateLocale(ctx: ActorContext, locale: 'nl' | 'en'): Promise<SessionResponse> {
    await this.repository.updateLocale(this.db, ctx.actor.userId, locale);
    return presentSession({ ...ctx.actor, locale });
  }

  /** Remove expired sessions; returns how many. */
  purgeExpiredSessions(): Promise<number> {
    return this.repository.deleteExpiredSessions(this.db, this.now());
  }

  private expiryFor(createdAt: Date, now: Date): Date {
    const idle = now.getTime() + this.settings.session.idleMinutes * 60_000;
    const absolute = createdAt.getTime() + this.settings.session.absoluteHours * 3_600_000;
    return new Date(Math.min(idle, absolute));
  }
}

/** The throttle key of sign-in attempts for one e-mail address from one client (the address hashed, not stored). */
export function loginThrottleKey(email: string, ip: string | null): string {
  const address = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  return `login:${address}|${ip ?? 'unknown'}`;
}

/** Map a session row to the actor used throughout the server. */
export function toActor(row: SessionActorRow): Actor {
  return {
    userId: row.userId,
    displayName: row.displayName,
    email: row.email,
    locale: row.locale,
    regionId: row.regionId,
    regionSlug: row.regionSlug,
    regionName: row.regionName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationKind: row.organisationKind,
    roles: row.roles,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    sessionExpiresAt: row.expiresAt,
  };
}

/** The session as the client sees it. */
export function presentSession(actor: Actor): SessionResponse {
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      locale: actor.locale,
      roles: actor.roles,
      organisation: { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind },
      region: { id: actor.regionId, slug: actor.regionSlug, name: actor.regionName },
    },
    csrfToken: actor.csrfToken,
    expiresAt: actor.sessionExpiresAt.toISOString(),
  };
}
