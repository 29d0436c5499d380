import type { Role } from '@springplank/domain';
import type { Actor } from '../shared/context';

/**
 * A route's access policy. Every route declares one in `config.policy`; a route without
 * one is refused at run time and fails the route-walking test (deny by default).
 */
export interface RoutePolicy {
  /** Name shown in logs and in the route inventory. */
  name: string;
  /** Whether a signed-in user is required. */
  requiresSession: boolean;
  /** Roles that pass; `any` lets every signed-in user (or everyone, for public routes) in. */
  roles: readonly Role[] | 'any';
  /**
   * Whether access officers of a local access team (organisation kind `local_access`) pass
   * as access officers. Deny by default: a local team reads and prepares applications of its
   * own municipalities only, so only the routes that serve that say so (`admitLocalAccess`).
   */
  localAccess?: boolean;
}

/** The outcome of checking a policy: refused, or allowed with the role that granted it. */
export type PolicyDecision =
  { allowed: true; role: Role | null } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' };

/** Anyone, signed in or not (health checks, sign-in, public forms). */
export const publicAccess: RoutePolicy = { name: 'public', requiresSession: false, roles: 'any' };

/** Any signed-in user, whatever their role (own session, own preferences). */
export const signedIn: RoutePolicy = { name: 'signed-in', requiresSession: true, roles: 'any' };

/** Signed-in users holding at least one of the given roles. */
export function requireRole(name: string, ...roles: Role[]): RoutePolicy {
  return { name, requiresSession: true, roles };
}

/** The same policy, also passing access officers of a local access team (scoped by the service). */
export function admitLocalAccess(policy: RoutePolicy): RoutePolicy {
  return { ...policy, localAccess: true };
}

/** True when the actor is an access officer of a local access team (wijkteam), not the regional one. */
export function isLocalAccess(actor: Pick<Actor, 'organisationKind'>): boolean {
  return actor.organisationKind === 'local_access';
}

/** Decide whether the actor may use a route with this policy. */
export function decide(policy: RoutePolicy, actor: Actor | null): PolicyDecision {
  if (!policy.requiresSession) return { allowed: true, role: null };
  if (!actor) return { allowed: false, code: 'UNAUTHENTICATED' };
  if (policy.roles === 'any') return { allowed: true, role: null };
  const passes = (candidate: Role) =>
    actor.roles.includes(candidate) &&
    (candidate !== 'access_officer' || policy.localAccess === true || !isLocalAccess(actor));
  const role = policy.roles.find(passes);
  return role ? { allowed: true, role } : { allowed: false, code: 'FORBIDDEN' };
}
