import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { oidcFlows, organisations, users } from '../../db/schema';

/** A sign-in in progress: what the callback must check and where it goes afterwards. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** What OIDC sign-in needs to know about an account. */
export interface OidcCandidate {
  id: string;
  regionId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  active: boolean;
  organisationActive: boolean;
  oidcSubject: string | null;
}

const candidateColumns = {
  id: users.id,
  regionId: users.regionId,
  displayName: users.displayName,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  active: users.active,
  organisationActive: organisations.active,
  oidcSubject: users.oidcSubject,
};

/** SQL for OpenID Connect sign-in flows and linked accounts. */
export class OidcRepository {
  /** Store a new flow. */
  async saveFlow(db: Db, flow: OidcFlow, createdAt: Date): Promise<void> {
    await db.insert(oidcFlows).values({ ...flow, createdAt });
  }

  /** Remove and return the flow with this state, if it was started after `notBefore`. */
  async takeFlow(db: Db, state: string, notBefore: Date): Promise<OidcFlow | null> {
    const [row] = await db
      .delete(oidcFlows)
      .where(and(eq(oidcFlows.state, state), gt(oidcFlows.createdAt, notBefore)))
      .returning({
        state: oidcFlows.state,
        nonce: oidcFlows.nonce,
        codeVerifier: oidcFlows.codeVerifier,
        returnTo: oidcFlows.returnTo,
      });
    return row ?? null;
  }

  /** Remove flows started before `before`; returns how many. */
  async purgeFlows(db: Db, before: Date): Promise<number> {
    const removed = await db
      .delete(oidcFlows)
      .where(lt(oidcFlows.createdAt, before))
      .returning({ state: oidcFlows.state });
    return removed.length;
  }

  /** The account linked to this issuer and subject, if any. */
  async findByIdentity(db: Db, issuer: string, subject: string): Promise<OidcCandidate | null> {
    const [row] = await db
      .select(candidateColumns)
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
    return row ?? null;
  }

  /** The account with this e-mail address (case-insensitive), if any. */
  async findByEmail(db: Db, email: string): Promise<OidcCandidate | null> {
    const [row] = await db
      .select(candidateColumns)
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
    return row ?? null;
  }

  /** Link an account that is not linked yet to an issuer and subject; false when it already was. */
  async link(db: Db, userId: string, issuer: string, subject: string, at: Date): Promise<boolean> {
    const linked = await db
      .update(users)
      .set({ oidcIssuer: issuer, oidcSubject: subject, updatedAt: at })
      .where(and(eq(users.id, userId), isNull(users.oidcSubject)))
      .returning({ id: users.id });
    return linked.length === 1;
  }
}
