import { describe, expect, it } from 'vitest';
import { areasForRoles } from './navigation';
import {
  conflictingRoles,
  isRoleAllowedForOrganisation,
  mayAddRole,
  ORGANISATION_KINDS,
  PERSON_SEEING_ROLES,
  ROLES,
  ROLES_BY_ORGANISATION_KIND,
} from './roles';

describe('roles and organisations', () => {
  it('offers every role at some kind of organisation', () => {
    for (const role of ROLES) {
      expect(
        ORGANISATION_KINDS.some((kind) => isRoleAllowedForOrganisation(role, kind)),
        role,
      ).toBe(true);
    }
  });

  it('keeps meldpunt work at the meldpunt and housing work at corporations', () => {
    expect(isRoleAllowedForOrganisation('meldpunt_operator', 'housing_corporation')).toBe(false);
    expect(isRoleAllowedForOrganisation('housing_officer', 'housing_corporation')).toBe(true);
    expect(ROLES_BY_ORGANISATION_KIND.police).toEqual(['professional_reporter']);
  });
});

describe('separation of duties within one account', () => {
  it('refuses administrator together with any role that sees persons', () => {
    for (const role of PERSON_SEEING_ROLES) {
      expect(conflictingRoles(['administrator', role]), role).toEqual(['administrator', role]);
      expect(mayAddRole(['administrator'], role), role).toBe(false);
      expect(mayAddRole([role], 'administrator'), role).toBe(false);
    }
    expect(conflictingRoles(['privacy_officer', 'administrator', 'access_officer'])).toEqual([
      'administrator',
      'privacy_officer',
      'access_officer',
    ]);
  });

  it('allows administrator alone or with roles that see no persons, and person roles without it', () => {
    expect(conflictingRoles(['administrator'])).toEqual([]);
    expect(conflictingRoles(['administrator', 'policy_analyst'])).toEqual([]);
    expect(conflictingRoles(['administrator', 'professional_reporter'])).toEqual([]);
    expect(conflictingRoles(['access_officer', 'policy_analyst', 'privacy_officer'])).toEqual([]);
    expect(mayAddRole(['administrator'], 'policy_analyst')).toBe(true);
    expect(mayAddRole(['administrator', 'privacy_officer'], 'administrator')).toBe(true);
  });

  it('lets every kind that offers administrator also offer a separate account a non-clashing set', () => {
    for (const kind of ORGANISATION_KINDS) {
      const offered = ROLES_BY_ORGANISATION_KIND[kind];
      if (!offered.includes('administrator')) continue;
      expect(conflictingRoles(offered.filter((role) => role !== 'administrator')), kind).toEqual([]);
    }
  });
});

describe('navigation per role', () => {
  it('shows administrators the admin screens and privacy officers the log, nobody else', () => {
    expect(areasForRoles(['administrator'])).toEqual([
      'home',
      'admin_organisations',
      'admin_users',
      'admin_meldpunt',
      'admin_services',
      'admin_targets',
      'admin_import',
    ]);
    expect(areasForRoles(['policy_analyst'])).toEqual(['home', 'monitor']);
    expect(areasForRoles(['privacy_officer'])).toEqual(['home', 'access_log']);
    expect(areasForRoles(['meldpunt_operator'])).toEqual(['home', 'triage', 'cases', 'outbox']);
    expect(areasForRoles(['outreach_worker'])).toEqual(['home', 'cases']);
    expect(areasForRoles(['professional_reporter'])).toEqual(['home', 'report', 'own_reports']);
    expect(areasForRoles(['housing_officer'])).toEqual(['home', 'housing_requests']);
    expect(areasForRoles(['administrator', 'privacy_officer'])).toEqual([
      'home',
      'admin_organisations',
      'admin_users',
      'admin_meldpunt',
      'admin_services',
      'admin_targets',
      'admin_import',
      'access_log',
    ]);
  });

  it('shows the flow screens: plans and outflow to access and providers, the veldtafel to access only', () => {
    expect(areasForRoles(['provider_staff'])).toEqual(expect.arrayContaining(['support_plans', 'outflow']));
    expect(areasForRoles(['provider_staff'])).not.toContain('veldtafel');
    expect(areasForRoles(['access_officer'])).toEqual(
      expect.arrayContaining(['support_plans', 'outflow', 'veldtafel']),
    );
    expect(areasForRoles(['access_officer'])).not.toContain('housing_requests');
  });

  it('shows the occupancy board, stays and shelter intake to access and providers, the catalogue to beheer', () => {
    for (const role of ['access_officer', 'provider_staff'] as const) {
      expect(areasForRoles([role])).toEqual(expect.arrayContaining(['occupancy', 'shelter_intake', 'stays']));
    }
    expect(areasForRoles(['policy_analyst'])).not.toContain('stays');
    expect(areasForRoles(['administrator'])).not.toContain('occupancy');
    expect(areasForRoles(['access_officer'])).not.toContain('admin_services');
  });

  it('shows a local access team only applications and the waiting list', () => {
    expect(areasForRoles(['access_officer'], 'local_access')).toEqual(['home', 'applications', 'waitlist']);
    expect(areasForRoles(['access_officer', 'professional_reporter'], 'local_access')).toEqual([
      'home',
      'report',
      'own_reports',
      'applications',
      'waitlist',
    ]);
    expect(areasForRoles(['access_officer'], 'regional_access')).toContain('veldtafel');
  });

  it('shows matching and offers to access, and incoming offers to providers', () => {
    expect(areasForRoles(['access_officer'])).toContain('placements');
    expect(areasForRoles(['access_officer'])).not.toContain('offers');
    expect(areasForRoles(['provider_staff'])).toContain('offers');
    expect(areasForRoles(['provider_staff'])).not.toContain('placements');
  });
});
