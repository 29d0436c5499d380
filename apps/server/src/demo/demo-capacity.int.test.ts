import type { OccupancyBoard, StayList } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { capacityChanges, locations, municipalities, organisations, users } from '../db/schema';
import { useTestApp } from '../test/test-app';
import { loadCapacityDemo } from './demo-capacity';
import type { DemoContext } from './demo-context';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('capacity demo', () => {
  const ctx = useTestApp();

  /** The base demo, then the capacity demo unless the loader already ran it. */
  async function loadWithCapacity() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords);
    const [baken] = await db.select().from(locations).where(eq(locations.name, 'Nachtopvang Het Baken'));
    const known = await db.select().from(capacityChanges).where(eq(capacityChanges.locationId, baken!.id));
    if (known.length > 0) return;
    const orgs = await db.select().from(organisations);
    const context: Omit<DemoContext, 'tx'> = {
      regionId: orgs[0]!.regionId,
      organisationIds: new Map(
        DEMO_ORGANISATIONS.map((org) => [org.key, orgs.find((row) => row.name === org.name)!.id] as const),
      ),
      userIds: new Map((await db.select().from(users)).map((u) => [u.email, u.id])),
      municipalityIds: new Map((await db.select().from(municipalities)).map((m) => [m.code, m.id])),
      locationIds: new Map((await db.select().from(locations)).map((l) => [l.name, l.id])),
      today: dutchDateOf(new Date()),
    };
    await db.transaction((tx) => loadCapacityDemo({ ...context, tx }));
  }

  it('shows access free shelter beds, the long-stay share above target, and De Brug only its own locations', async () => {
    await loadWithCapacity();
    const { signIn } = ctx();
    const officer = await signIn('toegang@deventer.demo.test', DEMO_PASSWORD);
    const board = (await officer.get('/api/v1/occupancy')).json<OccupancyBoard>();
    const baken = board.rows.find(
      (row) => row.locationName === 'Nachtopvang Het Baken' && row.service === 'nachtopvang',
    );
    expect(baken).toMatchObject({ places: 20, nextChange: { places: 22 } });
    expect(baken!.occupied).toBeGreaterThanOrEqual(14);
    expect(baken!.free).toBeGreaterThan(0);
    expect(board.totals.find((total) => total.service === 'nachtopvang')?.shelter).toBe(true);
    expect(board.longStay.n).toBeGreaterThanOrEqual(27);
    expect(board.longStay.share!).toBeGreaterThan(board.longStay.target);
    const keizerstraat = board.rows.find(
      (row) => row.locationName === 'De Brug – Keizerstraat' && row.service === 'beschermd_wonen',
    );
    expect(keizerstraat?.places).toBe(12);
    expect(keizerstraat!.free).toBeGreaterThan(0);

    const provider = await signIn('aanbieder@debrug.demo.test', DEMO_PASSWORD);
    const own = (await provider.get('/api/v1/occupancy')).json<OccupancyBoard>();
    expect(new Set(own.rows.map((row) => row.organisationName))).toEqual(
      new Set(['Stichting De Brug Beschermd Wonen']),
    );
    const longStays = (await officer.get('/api/v1/stays?longOnly=true&pageSize=200')).json<StayList>();
    expect(longStays.total).toBeGreaterThanOrEqual(10);
    expect(longStays.items.every((stay) => stay.shelter && stay.longerThan3Months)).toBe(true);
  });
});
