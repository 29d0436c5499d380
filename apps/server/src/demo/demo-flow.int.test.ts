import type {
  ConferenceList,
  HousingRequestList,
  OutflowOverview,
  SupportPlanDetail,
  SupportPlanList,
} from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('flow demo (plans, outflow, veldtafel)', () => {
  const ctx = useTestApp();

  /** The demo as `npm start` loads it: the base demo and every area's records. */
  async function loadWithFlow() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords, services.accessLogKeys);
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
