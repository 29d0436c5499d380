import { and, eq, lt, sql } from 'drizzle-orm';
import type { OrganisationKind, Role } from '@springplank/domain';
import type { Db } from '../../db/client';
import { organisations, regions, sessions, users } from '../../db/schema';

/** What sign-in needs to know about an account. */
export interface LoginCandidate {
  id: string;
  regionId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  passwordHash: string | null;
  active: boolean;
  organisationActive: boolean;
}

/** A session joined with its user, organisation, region and roles. */
export interface SessionActorRow {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  createdAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  displayName: string;
  locale: 'nl' | 'en';
  active: boolean;
  regionId: string;
  regionSlug: string;
  regionName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationActive: boolean;
  roles: Role[];
}

const rolesOfUser = sql<
  Role[]
>`array(select ur.role::text from user_roles ur where ur.user_id = "users"."id" order by 1)`;

/** SQL for sign-in and sessions. */
export class AuthRepository {
  /** The account with this e-mail address (case-insensitive), if any. */
  async findLoginCandidate(db: Db, email: string): Promise<LoginCandidate | null> {
    const [row] = await db
      .select({
        id: users.id,
        regionId: users.regionId,
        displayName: users.displayName,
        organisationId: users.organisationId,
        organisationName: organisations.name,
        passwordHash: users.passwordHash,
        active: users.active,
        organisationActive: organisations.active,
      })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
    return row ?? null;
  }

  /** Record a successful sign-in; returns the user's region. */
  async recordSuccess(db: Db, userId: string, at: Date): Promise<string> {
    const [row] = await db
      .update(users)
      .set({ lastLoginAt: at })
      .where(eq(users.id, userId))
      .returning({ regionId: users.regionId });
    if (!row) throw new Error(`user ${userId} not found`);
    return row.regionId;
  }

  /** Store a new session. */
  async createSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
    await db.insert(sessions).values(row);
  }

  /** The session with this id together with everything the actor needs. */
  async findSessionActor(db: Db, sessionId: string): Promise<SessionActorRow | null> {
    const [row] = await db
      .select({
        sessionId: sessions.id,
        csrfToken: sessions.csrfToken,
        expiresAt: sessions.expiresAt,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        userId: users.id,
        email: users.email,
        displayName: users.displayName,
        locale: users.locale,
        active: users.active,
        regionId: regions.id,
        regionSlug: regions.slug,
        regionName: regions.name,
        organisationId: organisations.id,
        organisationName: organisations.name,
        organisationKind: organisations.kind,
        organisationActive: organisations.active,
        roles: rolesOfUser,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .innerJoin(regions, eq(regions.id, users.regionId))
      .where(eq(sessions.id, sessionId));
    return row ?? null;
  }

  /** Extend a session's idle window. */
  async touchSession(db: Db, sessionId: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, sessionId));
  }

  /** End one session. */
  async deleteSession(db: Db, sessionId: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
  }

  /** End every session of a user (after deactivation or a password change). */
  async deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
    await db
      .delete(sessions)
      .where(
        exceptSessionId
          ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`)
          : eq(sessions.userId, userId),
      );
  }

  /** Remove sessions that have expired. */
  async deleteExpiredSessions(db: Db, now: Date): Promise<number> {
    const removed = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
    return removed.length;
  }

  /** Store the user's interface language. */
  async updateLocale(db: Db, userId: string, locale: 'nl' | 'en'): Promise<void> {
    await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
  }
}
