import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../modules/indicators/indicator-engine';
import { referenceRegion } from '../test/factories';
import { importFootprint } from '../test/import-factories';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { loadMonitorDemo, monitorDemoFiles } from './demo-monitor';
import { TEST_ACCESS_LOG_KEYS } from '../test/access-log-keys';

describe('monitor demo history', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => database.dispose());

  it('is the same for the same day and goes through the import without a problem', async () => {
    expect(monitorDemoFiles('2026-11-23')).toEqual(monitorDemoFiles('2026-11-23'));
    const db = database.handle.db;
    const region = await referenceRegion(db);
    const context = {
      regionId: region.id,
      organisationIds: new Map(),
      userIds: new Map(),
      municipalityIds: new Map(),
      locationIds: new Map(),
      today: '2026-11-23',
      accessLogKeys: TEST_ACCESS_LOG_KEYS,
    };
    await db.transaction((tx) => loadMonitorDemo({ ...context, tx }));
    const footprint = await importFootprint(db);
    expect(Number(footprint.persons)).toBe(400);
    expect(Number(footprint.stays)).toBeGreaterThan(400);
    expect(Number(footprint.waitlist)).toBeGreaterThan(100);
    expect(Number(footprint.housing)).toBeGreaterThan(50);
    const result = await computeIndicators(db, { regionSlug: 'midden-ijssel', date: '2025-01-01', year: 2024 });
    expect(result.bwClients.total).toBeGreaterThan(20);
    expect(result.moClients.total).toBeGreaterThan(20);
    expect(result.bwWait.beschermd_wonen.realized.n).toBeGreaterThan(0);
    expect(result.moLongStay.all.n).toBeGreaterThan(0);
    expect(result.housing.realized.n).toBeGreaterThan(0);
  }, 120_000);
});
