import type { PopulationList } from '@springplank/contract';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../db/schema';
import { createUser, referenceRegion } from '../../test/factories';
import { insertMonitorDataset, MONITOR_DATE, MONITOR_YEAR } from '../../test/monitor-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { computeIndicators } from '../indicators/indicator-engine';

const url = (figure: string, extra = '') =>
  `/api/v1/monitor/population?figure=${figure}&date=${MONITOR_DATE}&year=${MONITOR_YEAR}${extra}`;

describe('monitor drill-down (access officers only)', () => {
  const ctx = useTestApp();
  let officer: SignedInClient;
  let ids: Map<string, string>;

  beforeAll(async () => {
    const { db, signIn } = ctx();
    ids = await insertMonitorDataset(db, (await referenceRegion(db)).id);
    officer = await signIn((await createUser(db, { role: 'access_officer' })).email);
  });

  it('lists exactly the persons behind a figure and logs every person shown', async () => {
    const response = await officer.get(url('bwClients.waiting'));
    expect(response.statusCode).toBe(200);
    const body = response.json<PopulationList>();
    const result = await computeIndicators(ctx().db, {
      regionSlug: 'midden-ijssel',
      date: MONITOR_DATE,
      year: MONITOR_YEAR,
    });
    expect(body.items).toHaveLength(result.bwClients.waiting);
    expect(body.items.map((p) => p.personId).sort()).toEqual(['d10', 'd11', 'd12'].map((id) => ids.get(id)).sort());
    expect(body.items[0]).toMatchObject({
      municipalityName: 'Deventer',
      service: 'beschut_wonen',
      startOn: '2024-10-01',
    });
    const entries = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'monitor.population.read'), eq(accessLog.userId, officer.userId)));
    expect(entries.map((e) => e.personId).sort()).toEqual(body.items.map((p) => p.personId).sort());
    expect(entries[0]).toMatchObject({ role: 'access_officer', subjectType: 'person' });
    expect(entries[0]!.details).toMatchObject({ figure: 'bwClients.waiting', date: MONITOR_DATE });
  });

  it('applies the filters and the flagged parts of a figure', async () => {
    const lochem = (await officer.get(url('bwClients.total', '&municipality=GM0262'))).json<PopulationList>();
    expect(lochem.items.map((p) => p.personId).sort()).toEqual(['l1', 'l2'].map((id) => ids.get(id)).sort());
    const young = (await officer.get(url('bwClients.inCare', '&ageGroup=18-27'))).json<PopulationList>();
    expect(young.items).toHaveLength(4);
    const within = (await officer.get(url('housing.realized.within3Months'))).json<PopulationList>();
    expect(within.items).toHaveLength(4);
    expect(within.items.every((p) => p.flag === true)).toBe(true);
  });

  it('refuses unknown figures and filters with a 400', async () => {
    expect((await officer.get(url('persons.all'))).statusCode).toBe(400);
    expect((await officer.get(url('bwClients.total', '&municipality=GM9999'))).statusCode).toBe(400);
    expect((await officer.get('/api/v1/monitor/population?figure=bwClients.total&year=2024')).statusCode).toBe(400);
  });

  it.each(['policy_analyst', 'administrator', 'provider_staff', 'meldpunt_operator'] as const)(
    'refuses the %s: never a person behind a figure',
    async (role) => {
      const { db, signIn } = ctx();
      const client = await signIn((await createUser(db, { role })).email);
      const response = await client.get(url('bwClients.total'));
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    },
  );
});
