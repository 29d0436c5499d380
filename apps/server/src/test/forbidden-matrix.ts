import { ROLES, type Role } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { createLocalAccessOfficer, createUser } from './factories';
import { useTestApp } from './test-app';

/** An id that exists nowhere: a refusal must come before any lookup. */
export const SOME_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Whom the matrix signs in as: one user per role, and an access officer of a local access team
 * (wijkteam), who passes only the access-officer routes that admit local access.
 */
export type MatrixSubject = Role | 'local_access_officer';

/** Every subject the matrix tries. */
export const MATRIX_SUBJECTS: readonly MatrixSubject[] = [...ROLES, 'local_access_officer'];

/** A protected route with the only roles that may use it (ACCESS.md). */
export interface ProtectedRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: object;
  allowed: MatrixSubject[] | 'any';
}

/**
 * Tries every route as anonymous (expects 401) and as each role that may not use it
 * (expects 403 FORBIDDEN); a role that may use it must not get 403.
 */
export function describeForbiddenMatrix(name: string, routes: ProtectedRoute[]): void {
  describe(`forbidden access per role: ${name}`, () => {
    const ctx = useTestApp();

    it('refuses anonymous requests to every protected route with 401', async () => {
      const { app } = ctx();
      for (const route of routes) {
        const response = await app.inject({ method: route.method, url: route.url, payload: route.body });
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it.each(MATRIX_SUBJECTS)('refuses %s everything its role may not use, with 403', async (role) => {
      const { db, signIn } = ctx();
      const user =
        role === 'local_access_officer' ? await createLocalAccessOfficer(db) : await createUser(db, { role });
      const client = await signIn(user.email);
      for (const route of routes) {
        const response = await client.request({ method: route.method, url: route.url, payload: route.body });
        const allowed = route.allowed === 'any' || route.allowed.includes(role);
        if (allowed) expect(response.statusCode, `${role} ${route.method} ${route.url}`).not.toBe(403);
        else {
          expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
          expect(response.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
        }
      }
    });
  });
}
