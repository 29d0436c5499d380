/** Every role a user can hold, per shared/spec/ACCESS.md. */
export const ROLES = [
  'professional_reporter',
  'meldpunt_operator',
  'outreach_worker',
  'access_officer',
  'provider_staff',
  'housing_officer',
  'policy_analyst',
  'administrator',
  'privacy_officer',
] as const;

/** A role a user can hold. */
export type Role = (typeof ROLES)[number];

/** Kinds of organisation in a region's chain. */
export const ORGANISATION_KINDS = [
  'regional_access',
  'local_access',
  'meldpunt',
  'outreach_team',
  'provider',
  'housing_corporation',
  'police',
  'general_practice',
  'municipality',
] as const;

/** A kind of organisation. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Which roles make sense for users of each kind of organisation. The admin screens offer
 * only these, and the server refuses other combinations, so that (for example) nobody at
 * a housing corporation is given the meldpunt operator role by a slip of the mouse.
 */
export const ROLES_BY_ORGANISATION_KIND: Record<OrganisationKind, readonly Role[]> = {
  regional_access: ['access_officer', 'administrator', 'privacy_officer', 'policy_analyst'],
  local_access: ['access_officer', 'professional_reporter'],
  meldpunt: ['meldpunt_operator', 'privacy_officer', 'administrator'],
  outreach_team: ['outreach_worker', 'professional_reporter'],
  provider: ['provider_staff', 'professional_reporter'],
  housing_corporation: ['housing_officer', 'professional_reporter'],
  police: ['professional_reporter'],
  general_practice: ['professional_reporter'],
  municipality: ['policy_analyst', 'administrator', 'privacy_officer'],
};

/** True when the role may be held by a user of an organisation of this kind. */
export function isRoleAllowedForOrganisation(role: Role, kind: OrganisationKind): boolean {
  return ROLES_BY_ORGANISATION_KIND[kind].includes(role);
}
