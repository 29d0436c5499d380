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
 * Which roles an account at each kind of organisation may be given. The admin screens offer
 * only these, and the server refuses other roles, so that (for example) nobody at a housing
 * corporation is made a meldpunt operator by a slip of the mouse. A kind may offer both
 * `administrator` and a role that sees persons, but to different accounts: which roles one
 * account may combine is `conflictingRoles`' business, not this list's.
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

/**
 * Roles whose holders see persons: case content, applications, stays, housing requests, or
 * (the privacy officer) who looked at whom. Separation of duties: an administrator manages
 * accounts and configuration and so must never hold one of these in the same account, or it
 * could hand itself access to case content.
 */
export const PERSON_SEEING_ROLES: readonly Role[] = [
  'meldpunt_operator',
  'outreach_worker',
  'access_officer',
  'provider_staff',
  'housing_officer',
  'privacy_officer',
];

/** True when holders of the role see persons (see PERSON_SEEING_ROLES). */
export function seesPersons(role: Role): boolean {
  return PERSON_SEEING_ROLES.includes(role);
}

/**
 * The roles of one account that may not be combined with the others: with `administrator`,
 * every person-seeing role (and `administrator` itself); empty when the combination is fine.
 */
export function conflictingRoles(roles: readonly Role[]): Role[] {
  if (!roles.includes('administrator')) return [];
  const seeing = [...new Set(roles.filter(seesPersons))];
  return seeing.length === 0 ? [] : ['administrator', ...seeing];
}

/**
 * Whether `candidate` may be added to an account that already holds `held` (the admin screen
 * greys out the roles that would clash with the ones already ticked).
 */
export function mayAddRole(held: readonly Role[], candidate: Role): boolean {
  return held.includes(candidate) || conflictingRoles([...held, candidate]).length === 0;
}
