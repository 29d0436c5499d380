import type { FreePlaceList, OfferList, PlacementSuggestions } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('placements demo', () => {
  const ctx = useTestApp();

  /** The demo as `npm start` loads it: the base demo and every area's records. */
  async function loadWithPlacements() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords, services.accessLogKeys);
  }

  it('gives access free places with candidates and offer history, and De Brug its pending offer', async () => {
    await loadWithPlacements();
    const { signIn } = ctx();
    const officer = await signIn('toegang@deventer.demo.test', DEMO_PASSWORD);
    const places = (await officer.get('/api/v1/placements/free-places')).json<FreePlaceList>();
    const keizerstraat = places.items.find((p) => p.locationName === 'De Brug – Keizerstraat');
    expect(keizerstraat).toMatchObject({ service: 'beschermd_wonen', held: 1 });
    expect(keizerstraat!.free).toBeGreaterThan(0);
    const suggestions = (
      await officer.get(`/api/v1/placements/suggestions?locationId=${keizerstraat!.locationId}&service=beschermd_wonen`)
    ).json<PlacementSuggestions>();
    const names = suggestions.candidates.map((c) => c.personName);
    expect(names).toEqual(expect.arrayContaining(['Ruud Hendriks', 'Fatima Ouali']));
    expect(names).not.toContain('Ahmed Yilmaz');
    expect(names).not.toContain('Lotte Bakker');
    const all = (await officer.get('/api/v1/offers?status=all&pageSize=200')).json<OfferList>();
    const lotte = all.items.filter((o) => o.person?.name === 'Lotte Bakker').map((o) => o.status);
    expect(lotte.sort()).toEqual(['accepted', 'declined']);

    const provider = await signIn('aanbieder@debrug.demo.test', DEMO_PASSWORD);
    const open = (await provider.get('/api/v1/offers?status=open')).json<OfferList>();
    expect(open.items.map((o) => o.person?.name)).toEqual(['Ahmed Yilmaz']);
    expect(open.items[0]?.person?.motivation).toContain('verslaving');
  });
});
