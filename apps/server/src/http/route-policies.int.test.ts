import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../test/test-app';
import { policyTable, routesWithoutPolicy } from './route-policies';

describe('every route has a policy (deny by default)', () => {
  const ctx = useTestApp();

  it('finds no registered route without a policy', () => {
    const { built } = ctx();
    expect(built.routes.length).toBeGreaterThan(15);
    expect(routesWithoutPolicy(built.routes)).toEqual([]);
    expect(policyTable(built.routes)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/users → users.manage (administrator)',
        'POST /api/v1/reports → reports.submit (public)',
        'GET /api/v1/access-log → access_log.read (privacy_officer)',
      ]),
    );
  });

  it('notices a route added without a policy, and refuses it at run time', async () => {
    const probe = await createTestApp({}, async (app) => {
      app.get('/api/v1/forgotten', () => ({ secret: true }));
    });
    try {
      expect(routesWithoutPolicy(probe.built.routes)).toEqual(['GET /api/v1/forgotten', 'HEAD /api/v1/forgotten']);
      const response = await probe.app.inject('/api/v1/forgotten');
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('secret');
    } finally {
      await probe.close();
    }
  });
});
