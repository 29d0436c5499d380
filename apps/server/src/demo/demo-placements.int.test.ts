import type { FreePlaceList, OfferList, PlacementSuggestions } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { locations, municipalities, organisations, persons, users } from '../db/schema';
import { useTestApp } from '../test/test-app';
import type { DemoContext } from './demo-context';
import { loadPlacementsDemo } from './demo-placements';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('placements demo', () => {
  const ctx = useTestApp();

  /** The base demo, then the placements demo unless the loader already ran it. */
  async function loadWithPlacements() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords);
    const [ahmed] = await db
      .select()
      .from(persons)
      .where(and(eq(persons.givenName, 'Ahmed'), eq(persons.familyName, 'Yilmaz')));
    if (ahmed) return;
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
    await db.transaction((tx) => loadPlacementsDemo({ ...context, tx }));
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
