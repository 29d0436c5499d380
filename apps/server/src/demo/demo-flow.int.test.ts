import type {
  ConferenceList,
  HousingRequestList,
  OutflowOverview,
  SupportPlanDetail,
  SupportPlanList,
} from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { locations, municipalities, organisations, persons, users } from '../db/schema';
import { useTestApp } from '../test/test-app';
import type { DemoContext } from './demo-context';
import { loadFlowDemo } from './demo-flow';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('flow demo (plans, outflow, veldtafel)', () => {
  const ctx = useTestApp();

  /** The base demo, then the flow demo unless the loader already ran it. */
  async function loadWithFlow() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords);
    const [sanne] = await db
      .select()
      .from(persons)
      .where(and(eq(persons.givenName, 'Sanne'), eq(persons.familyName, 'de Vries')));
    if (sanne) return;
    const orgs = await db.select().from(organisations);
    const regionId = orgs[0]!.regionId;
    const organisationIds = new Map(
      DEMO_ORGANISATIONS.map((org) => [org.key, orgs.find((row) => row.name === org.name)!.id] as const),
    );
    const context: Omit<DemoContext, 'tx'> = {
      regionId,
      organisationIds,
      userIds: new Map((await db.select().from(users)).map((u) => [u.email, u.id])),
      municipalityIds: new Map((await db.select().from(municipalities)).map((m) => [m.code, m.id])),
      locationIds: new Map((await db.select().from(locations)).map((l) => [l.name, l.id])),
      today: dutchDateOf(new Date()),
    };
    await db.transaction((tx) => loadFlowDemo({ ...context, tx }));
  }

  it('gives every role of the flow something to see, and keeps corporations and providers apart', async () => {
    await loadWithFlow();
    const { signIn } = ctx();
    const provider = await signIn('aanbieder@debrug.demo.test', DEMO_PASSWORD);
    const plans = (await provider.get('/api/v1/support-plans')).json<SupportPlanList>();
    const sanne = plans.items.find((plan) => plan.personName === 'Sanne de Vries');
    expect(sanne).toBeDefined();
    const plan = (await provider.get(`/api/v1/support-plans/${sanne!.personId}`)).json<SupportPlanDetail>();
    expect(plan.assessments).toHaveLength(2);

    const outflow = (await provider.get('/api/v1/outflow')).json<OutflowOverview>();
    const names = outflow.items.map((item) => item.personName);
    expect(names).toEqual(expect.arrayContaining(['Mohamed El Amrani', 'Kim Jansen']));
    expect(names).not.toContain('Ilse Mulder');
    expect(outflow.items.find((item) => item.personName === 'Mohamed El Amrani')?.promise.overdue).toBe(true);
    expect(outflow.stays.map((stay) => stay.personName)).toContain('Thomas Bakker');

    const corporation = await signIn('wonen@ijsselhuis.demo.test', DEMO_PASSWORD);
    const requests = (await corporation.get('/api/v1/housing-requests')).json<HousingRequestList>();
    expect(requests.items.map((r) => r.contactName)).toEqual(['Mohamed El Amrani']);

    const officer = await signIn('toegang@deventer.demo.test', DEMO_PASSWORD);
    const veldtafel = (await officer.get('/api/v1/case-conferences')).json<ConferenceList>();
    expect(veldtafel.items.map((c) => c.title)).toContain('Veldtafel Midden-IJssel');
    expect(veldtafel.suggestions.map((s) => s.personName)).toEqual(
      expect.arrayContaining(['Mohamed El Amrani', 'Ilse Mulder']),
    );
  });
});
