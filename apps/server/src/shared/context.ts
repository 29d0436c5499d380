import type { OrganisationKind, Role } from '@springplank/domain';

/** The signed-in user behind a request, as loaded from the session. */
export interface Actor {
  userId: string;
  displayName: string;
  email: string;
  locale: 'nl' | 'en';
  regionId: string;
  regionSlug: string;
  regionName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  roles: Role[];
  sessionId: string;
  csrfToken: string;
  sessionExpiresAt: Date;
}

/**
 * What a service needs to know about the request it serves: who acts, in which role the
 * route's policy let them in (recorded in the access log), and the request id.
 */
export interface ActorContext {
  actor: Actor;
  role: Role | null;
  requestId: string;
}
