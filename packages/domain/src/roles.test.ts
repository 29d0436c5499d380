import { describe, expect, it } from 'vitest';
import { areasForRoles } from './navigation';
import { isRoleAllowedForOrganisation, ORGANISATION_KINDS, ROLES, ROLES_BY_ORGANISATION_KIND } from './roles';

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

describe('navigation per role', () => {
  it('shows administrators the admin screens and privacy officers the log, nobody else', () => {
    expect(areasForRoles(['administrator'])).toEqual(['home', 'admin_organisations', 'admin_users', 'admin_meldpunt']);
    expect(areasForRoles(['privacy_officer'])).toEqual(['home', 'access_log']);
    expect(areasForRoles(['meldpunt_operator'])).toEqual(['home', 'triage', 'cases', 'outbox']);
    expect(areasForRoles(['outreach_worker'])).toEqual(['home', 'cases']);
    expect(areasForRoles(['professional_reporter'])).toEqual(['home', 'report', 'own_reports']);
    expect(areasForRoles(['housing_officer'])).toEqual(['home']);
    expect(areasForRoles(['administrator', 'privacy_officer'])).toEqual([
      'home',
      'admin_organisations',
      'admin_users',
      'admin_meldpunt',
      'access_log',
    ]);
  });
});
