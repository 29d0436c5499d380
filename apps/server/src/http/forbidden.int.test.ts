import { ROLES, type Role } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { createUser } from '../test/factories';
import { useTestApp } from '../test/test-app';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** Every protected route, with the only roles that may use it (ACCESS.md). */
const PROTECTED: { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: string; body?: object; allowed: Role[] | 'any' }[] = [
  { method: 'GET', url: '/api/v1/auth/session', allowed: 'any' },
  { method: 'GET', url: '/api/v1/region', allowed: 'any' },
  { method: 'GET', url: '/api/v1/organisations', allowed: ['administrator'] },
  {
    method: 'POST',
    url: '/api/v1/organisations',
    body: { name: 'X-team', kind: 'police' },
    allowed: ['administrator'],
  },
  { method: 'PATCH', url: `/api/v1/organisations/${SOME_ID}`, body: {}, allowed: ['administrator'] },
  { method: 'GET', url: '/api/v1/users', allowed: ['administrator'] },
  { method: 'GET', url: `/api/v1/users/${SOME_ID}`, allowed: ['administrator'] },
  { method: 'POST', url: '/api/v1/users', body: {}, allowed: ['administrator'] },
  { method: 'PATCH', url: `/api/v1/users/${SOME_ID}`, body: {}, allowed: ['administrator'] },
  {
    method: 'POST',
    url: `/api/v1/users/${SOME_ID}/password`,
    body: { password: 'x'.repeat(12) },
    allowed: ['administrator'],
  },
  { method: 'POST', url: `/api/v1/users/${SOME_ID}/unlock`, body: {}, allowed: ['administrator'] },
  { method: 'GET', url: '/api/v1/reports/own', allowed: ['professional_reporter'] },
  { method: 'GET', url: '/api/v1/triage/reports', allowed: ['meldpunt_operator'] },
  { method: 'GET', url: `/api/v1/triage/reports/${SOME_ID}`, allowed: ['meldpunt_operator'] },
  { method: 'GET', url: `/api/v1/triage/reports/${SOME_ID}/duplicates`, allowed: ['meldpunt_operator'] },
  { method: 'PATCH', url: `/api/v1/triage/reports/${SOME_ID}`, body: {}, allowed: ['meldpunt_operator'] },
  {
    method: 'POST',
    url: `/api/v1/triage/reports/${SOME_ID}/person`,
    body: { personId: SOME_ID },
    allowed: ['meldpunt_operator'],
  },
  { method: 'POST', url: `/api/v1/triage/reports/${SOME_ID}/route`, body: {}, allowed: ['meldpunt_operator'] },
  {
    method: 'POST',
    url: `/api/v1/triage/reports/${SOME_ID}/merge`,
    body: { caseId: SOME_ID },
    allowed: ['meldpunt_operator'],
  },
  {
    method: 'POST',
    url: `/api/v1/triage/reports/${SOME_ID}/close`,
    body: { reason: 'test' },
    allowed: ['meldpunt_operator'],
  },
  { method: 'GET', url: '/api/v1/persons?q=jan', allowed: ['meldpunt_operator'] },
  { method: 'GET', url: '/api/v1/outbox', allowed: ['meldpunt_operator'] },
  { method: 'GET', url: '/api/v1/cases', allowed: ['outreach_worker', 'meldpunt_operator'] },
  { method: 'GET', url: '/api/v1/cases/overview', allowed: ['outreach_worker', 'meldpunt_operator'] },
  { method: 'GET', url: `/api/v1/cases/${SOME_ID}`, allowed: ['outreach_worker', 'meldpunt_operator'] },
  { method: 'POST', url: `/api/v1/cases/${SOME_ID}/assign`, body: { userId: null }, allowed: ['outreach_worker'] },
  {
    method: 'POST',
    url: `/api/v1/cases/${SOME_ID}/events`,
    body: { kind: 'note', note: 'x' },
    allowed: ['outreach_worker'],
  },
  {
    method: 'POST',
    url: `/api/v1/cases/${SOME_ID}/close`,
    body: { outcome: 'no_care_needed' },
    allowed: ['outreach_worker'],
  },
  { method: 'GET', url: '/api/v1/routing-rules', allowed: ['administrator'] },
  { method: 'PUT', url: '/api/v1/routing-rules', body: { rules: [] }, allowed: ['administrator'] },
  {
    method: 'PUT',
    url: '/api/v1/deadline-rules',
    body: { rules: { acute: { triageWorkingDays: 0, firstContactWorkingDays: 0 } } },
    allowed: ['administrator'],
  },
  {
    method: 'GET',
    url: `/api/v1/triage/reports/${SOME_ID}/attachments/${SOME_ID}`,
    allowed: ['meldpunt_operator'],
  },
  { method: 'GET', url: '/api/v1/deadline-rules', allowed: ['administrator'] },
  { method: 'GET', url: '/api/v1/access-log', allowed: ['privacy_officer'] },
  { method: 'GET', url: '/api/v1/access-log/verification', allowed: ['privacy_officer'] },
];

describe('forbidden access per role', () => {
  const ctx = useTestApp();

  it('refuses anonymous requests to every protected route with 401', async () => {
    const { app } = ctx();
    for (const route of PROTECTED) {
      const response = await app.inject({ method: route.method, url: route.url, payload: route.body });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it.each(ROLES)('refuses %s everything its role may not use, with 403', async (role) => {
    const { db, signIn } = ctx();
    const client = await signIn((await createUser(db, { role })).email);
    for (const route of PROTECTED) {
      const response = await client.request({ method: route.method, url: route.url, payload: route.body });
      const allowed = route.allowed === 'any' || route.allowed.includes(role);
      if (allowed) expect(response.statusCode, `${role} ${route.method} ${route.url}`).not.toBe(403);
      else {
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        expect(response.json().error.code).toBe('FORBIDDEN');
      }
    }
  });
});
