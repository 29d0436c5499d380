import type { Organisation } from '@springplank/contract';
import { mayAddRole, ROLES, ROLES_BY_ORGANISATION_KIND, type Role } from '@springplank/domain';
import type { Translate } from '../../../shared/i18n/I18nProvider';
import type { Option } from '../../../shared/ui/fields';

/**
 * The roles offered for an organisation: those its kind allows, plus any the user already
 * holds. A role that would clash with a ticked one (administrator next to a role that sees
 * persons) is shown but cannot be ticked.
 */
export function roleOptions(organisation: Organisation | undefined, held: readonly Role[], t: Translate): Option[] {
  const allowed: readonly Role[] = organisation ? ROLES_BY_ORGANISATION_KIND[organisation.kind] : [];
  return ROLES.filter((role) => allowed.includes(role) || held.includes(role)).map((role) => {
    const name = t.enum('role', role);
    if (!allowed.includes(role)) return { value: role, label: t('users.field.roleNotAllowed', { role: name }) };
    if (!mayAddRole(held, role))
      return { value: role, label: t('users.field.roleConflict', { role: name }), disabled: true };
    return { value: role, label: name };
  });
}

/** Keep only the roles the organisation's kind allows. */
export function allowedRoles(organisation: Organisation | undefined, roles: readonly Role[]): Role[] {
  if (!organisation) return [];
  const allowed = ROLES_BY_ORGANISATION_KIND[organisation.kind];
  return roles.filter((role) => allowed.includes(role));
}

/** Organisations as select options, inactive ones marked. */
export function organisationOptions(organisations: readonly Organisation[], t: Translate): Option[] {
  return [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name} (${t('common.inactive').toLowerCase()})` }));
}
