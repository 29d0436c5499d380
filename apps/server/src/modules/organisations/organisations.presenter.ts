import type { Organisation } from '@springplank/contract';
import type { OrganisationRow } from './organisations.repository';

/** Map an organisation row to its API shape. */
export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    municipalityCodes: row.municipalityCodes,
    active: row.active,
    userCount: row.userCount,
    createdAt: row.createdAt.toISOString(),
  };
}
