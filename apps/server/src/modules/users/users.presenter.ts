import type { User } from '@springplank/contract';
import type { UserRow } from './users.repository';

/** Map a user row to its API shape. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    roles: row.roles,
    locale: row.locale,
    active: row.active,
    hasPassword: row.hasPassword,
    oidcLinked: row.oidcLinked,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
