import type { MonitorDashboard, MonitorTargetInput, MonitorTargetList } from '@springplank/contract';
import { DEFAULT_MONITOR_TARGETS } from '@springplank/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegion, createUser, referenceRegion } from '../../test/factories';
import { insertMonitorDataset, MONITOR_DATE, MONITOR_YEAR } from '../../test/monitor-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';

const defaults = (): MonitorTargetInput[] => DEFAULT_MONITOR_TARGETS.map((t) => ({ ...t }));

describe('monitor targets', () => {
  const ctx = useTestApp();
  let admin: SignedInClient;
  let analyst: SignedInClient;

  beforeAll(async () => {
    const { db, signIn } = ctx();
    await insertMonitorDataset(db, (await referenceRegion(db)).id);
    admin = await signIn((await createUser(db, { role: 'administrator' })).email);
    analyst = await signIn((await createUser(db, { role: 'policy_analyst' })).email);
  });

  it("starts with the regiovisie's defaults in every region", async () => {
    const response = await analyst.get('/api/v1/monitor/targets');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<MonitorTargetList>();
    expect(items.map((t) => t.key)).toEqual([
      'bw_clients',
      'mo_clients',
      'bw_wait',
      'mo_long_stay',
      'housing_within_3_months',
    ]);
    expect(items[0]).toMatchObject({
      baselineDate: '2024-01-01',
      targetDate: '2027-01-01',
      value: 20,
      kind: 'reduction',
      period: 'date',
      unit: 'count',
      updatedAt: null,
    });
    expect(items[1]).toMatchObject({ baselineYear: 2023, targetYear: 2026, baselineDate: null, period: 'year' });
    expect(items[3]!.value).toBe(1 / 3);
    const { db, signIn } = ctx();
    const other = await createRegion(db);
    const adminElsewhere = await signIn((await createUser(db, { role: 'administrator', regionId: other.id })).email);
    expect((await adminElsewhere.get('/api/v1/monitor/targets')).json<MonitorTargetList>().items[0]?.value).toBe(20);
  });

  it('lets the administrator change the targets; the dashboard derives its target from them', async () => {
    const targets = defaults();
    targets[0] = { ...targets[0]!, value: 30, baselineDate: '2024-01-01', targetDate: '2028-01-01' };
    targets[4] = { ...targets[4]!, value: 0.75 };
    const response = await admin.put('/api/v1/monitor/targets', { targets });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<MonitorTargetList>();
    expect(items[0]).toMatchObject({ value: 30, targetDate: '2028-01-01' });
    expect(items[0]!.updatedAt).not.toBeNull();
    const dashboard = (
      await analyst.get(`/api/v1/monitor/dashboard?date=${MONITOR_DATE}&year=${MONITOR_YEAR}`)
    ).json<MonitorDashboard>();
    const bw = dashboard.headlines.find((h) => h.id === 'bw_clients')!;
    expect(bw.baseline.value).toBe(10);
    expect(bw.target).toMatchObject({ value: 7, date: '2028-01-01', setting: 30 });
    // The other region keeps its own targets.
    const { db, signIn } = ctx();
    const other = await createRegion(db);
    const adminElsewhere = await signIn((await createUser(db, { role: 'administrator', regionId: other.id })).email);
    expect((await adminElsewhere.get('/api/v1/monitor/targets')).json<MonitorTargetList>().items[0]?.value).toBe(20);
  });

  it('refuses invalid targets with Dutch messages per field and stores nothing', async () => {
    const cases: [Partial<MonitorTargetInput>, number, string][] = [
      [{ targetDate: '2023-01-01' }, 0, 'targets.0.targetDate'],
      [{ value: 100 }, 0, 'targets.0.value'],
      [{ targetYear: 2022 }, 1, 'targets.1.targetYear'],
      [{ baselineYear: null }, 1, 'targets.1.baselineYear'],
      [{ value: 0 }, 2, 'targets.2.value'],
      [{ value: 1.5 }, 3, 'targets.3.value'],
      [{ baselineDate: null }, 4, 'targets.4.baselineDate'],
    ];
    for (const [change, index, path] of cases) {
      const targets = defaults();
      targets[index] = { ...targets[index]!, ...change };
      const response = await admin.put('/api/v1/monitor/targets', { targets });
      expect(response.statusCode, path).toBe(400);
      const issues = response.json<{ error: { issues: { path: string; message: string }[] } }>().error.issues;
      expect(
        issues.map((i) => i.path),
        path,
      ).toContain(path);
      expect(issues[0]!.message).toMatch(/[a-z]/);
      expect(issues[0]).toHaveProperty('code');
    }
    const twice = defaults();
    twice[1] = { ...twice[0]! };
    expect((await admin.put('/api/v1/monitor/targets', { targets: twice })).statusCode).toBe(400);
    expect((await admin.put('/api/v1/monitor/targets', { targets: defaults().slice(1) })).statusCode).toBe(400);
    const stored = (await admin.get('/api/v1/monitor/targets')).json<MonitorTargetList>().items;
    expect(stored[2]!.value).toBe(3);
  });

  it('does not let the policy analyst change the targets', async () => {
    const response = await analyst.put('/api/v1/monitor/targets', { targets: defaults() });
    expect(response.statusCode).toBe(403);
  });
});
