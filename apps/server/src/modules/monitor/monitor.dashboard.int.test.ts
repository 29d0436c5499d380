import type { MonitorDashboard } from '@springplank/contract';
import { monthlyPeildata, suppressSmallCells } from '@springplank/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegion, createUser, referenceRegion } from '../../test/factories';
import { insertMonitorDataset, MONITOR_DATE, MONITOR_YEAR } from '../../test/monitor-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { computeIndicators } from '../indicators/indicator-engine';

const URL = `/api/v1/monitor/dashboard?date=${MONITOR_DATE}&year=${MONITOR_YEAR}`;

describe('monitor dashboard', () => {
  const ctx = useTestApp();
  let analyst: SignedInClient;
  let officer: SignedInClient;

  beforeAll(async () => {
    const { db, signIn } = ctx();
    await insertMonitorDataset(db, (await referenceRegion(db)).id);
    analyst = await signIn((await createUser(db, { role: 'policy_analyst' })).email);
    officer = await signIn((await createUser(db, { role: 'access_officer' })).email);
  });

  const engine = (date: string, year: number, filters: { municipalityCode?: string; ageGroup?: '18-27' } = {}) =>
    computeIndicators(ctx().db, { regionSlug: 'midden-ijssel', date, year, ...filters });

  it('gives the access officer exactly the figures of computeIndicators (the CLI and the dashboard agree)', async () => {
    const response = await officer.get(URL);
    expect(response.statusCode).toBe(200);
    const body = response.json<MonitorDashboard>();
    expect(body.suppressed).toBe(false);
    expect(body.drillDown).toBe(true);
    expect(body.current).toEqual(await engine(MONITOR_DATE, MONITOR_YEAR));
    expect(body.current.bwClients).toEqual({ total: 13, inCare: 10, waiting: 3 });
    expect(body.youngAdults).toEqual(await engine(MONITOR_DATE, MONITOR_YEAR, { ageGroup: '18-27' }));
    const dates = monthlyPeildata(MONITOR_DATE, 12);
    expect(body.trend.map((p) => p.date)).toEqual(dates);
    for (const [index, date] of dates.entries()) expect(body.trend[index]).toEqual(await engine(date, MONITOR_YEAR));
    expect(body.municipalities.map((m) => m.name)).toEqual(['Deventer', 'Lochem', 'Olst-Wijhe', 'Raalte', 'Zutphen']);
    for (const m of body.municipalities) {
      expect(m.result).toEqual(await engine(MONITOR_DATE, MONITOR_YEAR, { municipalityCode: m.code }));
    }
    expect(body.moYears).toEqual([
      { year: 2021, total: 0 },
      { year: 2022, total: 0 },
      { year: 2023, total: 6 },
      { year: 2024, total: 2 },
    ]);
  });

  it('judges each headline against its baseline (computed at the baseline moment) and target', async () => {
    const body = (await officer.get(URL)).json<MonitorDashboard>();
    const byId = Object.fromEntries(body.headlines.map((h) => [h.id, h]));
    const baseline = await engine('2024-01-01', MONITOR_YEAR);
    // BW clients: 10 on 1-1-2024 (8 Deventer + 2 Lochem), target 20 % fewer = 8, 13 now.
    expect(baseline.bwClients.total).toBe(10);
    expect(byId.bw_clients).toMatchObject({
      current: { value: 13, suppressed: false },
      baseline: { value: 10, date: '2024-01-01', suppressed: false },
      target: { value: 8, date: '2027-01-01', kind: 'reduction', setting: 20 },
      status: 'off_track',
      population: 'bwClients.total',
    });
    // MO clients: 6 in 2023, target 4.8 in 2026; 2 in 2024: already met.
    expect(byId.mo_clients).toMatchObject({
      current: { value: 2 },
      baseline: { value: 6, year: 2023 },
      target: { year: 2026, setting: 20 },
      status: 'met',
    });
    expect(byId.mo_clients!.target.value).toBeCloseTo(4.8, 12);
    // Housing: 4 of 5 within 3 months, target ≥ 90 %; nobody was housed in 2023, so there is
    // no baseline to draw the line from and no judgement either.
    expect(byId.housing_within_3_months).toMatchObject({
      current: { value: 0.8 },
      baseline: { value: null, suppressed: false },
      target: { value: 0.9, kind: 'at_least' },
      status: 'no_data',
    });
    expect(byId.bw_wait_beschermd_wonen).toMatchObject({
      current: { value: null, suppressed: false },
      status: 'no_data',
    });
  });

  it('suppresses every figure under 5 persons for the policy analyst, baseline, trend and comparison too', async () => {
    const response = await analyst.get(URL);
    expect(response.statusCode).toBe(200);
    const body = response.json<MonitorDashboard>();
    expect(body.suppressed).toBe(true);
    expect(body.drillDown).toBe(false);
    expect(body.current).toEqual(suppressSmallCells(await engine(MONITOR_DATE, MONITOR_YEAR)));
    expect(body.current.bwClients).toEqual({ total: 13, inCare: 10, waiting: null });
    expect(body.current.moClients.total).toBeNull();
    for (const [index, date] of monthlyPeildata(MONITOR_DATE, 12).entries()) {
      expect(body.trend[index]).toEqual(suppressSmallCells(await engine(date, MONITOR_YEAR)));
    }
    const lochem = body.municipalities.find((m) => m.code === 'GM0262')!;
    expect(lochem.result.bwClients.total).toBeNull();
    expect(body.youngAdults.bwClients.total).toBeNull();
    expect(body.moYears.find((y) => y.year === 2024)!.total).toBeNull();
    const mo = body.headlines.find((h) => h.id === 'mo_clients')!;
    expect(mo.current).toEqual({ value: null, suppressed: true });
    expect(mo.status).toBe('no_data');
    // Filtered to Lochem, the baseline (2) and the target derived from it are suppressed too.
    const filtered = (await analyst.get(`${URL}&municipality=GM0262`)).json<MonitorDashboard>();
    const bw = filtered.headlines.find((h) => h.id === 'bw_clients')!;
    expect(bw.baseline).toMatchObject({ value: null, suppressed: true });
    expect(bw.target).toMatchObject({ value: null, suppressed: true });
    expect(JSON.stringify(filtered)).not.toMatch(/"(total|inCare|waiting|n|long)":[1-4]\b/);
  });

  it('computes a filtered dashboard in one grid that equals separate engine calls for every figure', async () => {
    const filters = { municipalityCode: 'GM0150', ageGroup: '18-27' as const };
    const body = (await officer.get(`${URL}&municipality=GM0150&ageGroup=18-27&months=24`)).json<MonitorDashboard>();
    expect(body.current).toEqual(await engine(MONITOR_DATE, MONITOR_YEAR, filters));
    // d1–d4: the young adults of Deventer in beschermd wonen.
    expect(body.current.bwClients.inCare).toBe(4);
    const dates = monthlyPeildata(MONITOR_DATE, 24);
    expect(body.trend.map((p) => p.date)).toEqual(dates);
    for (const [index, date] of dates.entries()) {
      expect(body.trend[index]).toEqual(await engine(date, MONITOR_YEAR, filters));
    }
    for (const m of body.municipalities) {
      const separate = await engine(MONITOR_DATE, MONITOR_YEAR, { municipalityCode: m.code, ageGroup: '18-27' });
      expect(m.result).toEqual(separate);
    }
    expect(body.youngAdults).toEqual(body.current);
    for (const { year, total } of body.moYears) {
      expect(total).toBe((await engine(MONITOR_DATE, year, filters)).moClients.total);
    }
    const bw = body.headlines.find((h) => h.id === 'bw_clients')!;
    expect(bw.baseline.value).toBe((await engine('2024-01-01', MONITOR_YEAR, filters)).bwClients.total);
    const mo = body.headlines.find((h) => h.id === 'mo_clients')!;
    expect(mo.baseline.value).toBe((await engine(MONITOR_DATE, 2023, filters)).moClients.total);
  });

  it('shows 24 months when asked and refuses bad filters with a Dutch 400', async () => {
    const body = (await analyst.get(`${URL}&months=24`)).json<MonitorDashboard>();
    expect(body.trend).toHaveLength(24);
    for (const bad of ['&months=7', '&municipality=GM9999', '&municipality=deventer', '&ageGroup=30-40']) {
      const response = await analyst.get(`${URL}${bad}`);
      expect(response.statusCode, bad).toBe(400);
    }
    expect((await analyst.get(`/api/v1/monitor/dashboard?date=2025-02-30&year=2024`)).statusCode).toBe(400);
    expect((await analyst.get(`/api/v1/monitor/dashboard?date=${MONITOR_DATE}`)).statusCode).toBe(400);
  });

  it("never shows another region's persons", async () => {
    const { db, signIn } = ctx();
    const other = await createRegion(db);
    const officerElsewhere = await signIn((await createUser(db, { role: 'access_officer', regionId: other.id })).email);
    const body = (await officerElsewhere.get(URL)).json<MonitorDashboard>();
    expect(body.region.slug).toBe(other.slug);
    expect(body.current.bwClients).toEqual({ total: 0, inCare: 0, waiting: 0 });
    expect(body.municipalities).toHaveLength(1);
  });
});
