import type { OccupancyBoard, StayList } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('capacity demo', () => {
  const ctx = useTestApp();

  /** The demo as `npm start` loads it: the base demo and every area's records. */
  async function loadWithCapacity() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords, services.accessLogKeys);
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
