import type { ApplicationDetail, ApplicationQueue, Waitlist } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('access demo', () => {
  const ctx = useTestApp();

  /** The demo as `npm start` loads it: the base demo and every area's records. */
  async function loadWithAccess() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords, services.accessLogKeys);
  }

  it('gives the access officer new applications, decisions and people waiting longer than 3 months', async () => {
    await loadWithAccess();
    const officer = await ctx().signIn('toegang@deventer.demo.test', DEMO_PASSWORD);
    const queue = (await officer.get('/api/v1/applications?pageSize=200')).json<ApplicationQueue>();
    const names = queue.items.map((item) => item.person.name);
    expect(names).toEqual(expect.arrayContaining(['Sem de Vries', 'Anouk Smit', 'Henk Jansen', 'Petra Bos']));
    expect(queue.items[0]?.status).toBe('submitted');
    const sem = queue.items.find((item) => item.person.name === 'Sem de Vries')!;
    const detail = (await officer.get(`/api/v1/applications/${sem.id}`)).json<ApplicationDetail>();
    expect(Object.keys(detail.zrmAssessments[0]?.scores ?? {})).toHaveLength(13);
    const waitlist = (await officer.get('/api/v1/waitlist')).json<Waitlist>();
    const yusuf = waitlist.items.find((item) => item.person.name === 'Yusuf Demir');
    expect(yusuf).toMatchObject({ longerThan3Months: true, priority: 'high' });
    expect(yusuf?.interimSupport).toHaveLength(1);
    expect(waitlist.items.find((item) => item.person.name === 'Tom Mulder')?.longerThan3Months).toBe(false);
    const provider = await ctx().signIn('aanbieder@debrug.demo.test', DEMO_PASSWORD);
    const own = (await provider.get('/api/v1/applications')).json<ApplicationQueue>();
    expect(own.items.map((item) => item.person.name)).toEqual(['Anouk Smit']);
    // The Zutphen wijkteam (local access) sees only the applications of Zutphen's persons.
    const wijkteam = await ctx().signIn('wijkteam@zutphen.demo.test', DEMO_PASSWORD);
    const local = (await wijkteam.get('/api/v1/applications?status=all&pageSize=200')).json<ApplicationQueue>();
    const all = (await officer.get('/api/v1/applications?status=all&pageSize=200')).json<ApplicationQueue>();
    expect(local.total).toBeLessThan(all.total);
    for (const item of local.items) {
      const seen = (await wijkteam.get(`/api/v1/applications/${item.id}`)).json<ApplicationDetail>();
      expect(seen.person.municipalityCode).toBe('GM0301');
    }
    const outside = all.items.find((item) => !local.items.some((mine) => mine.id === item.id))!;
    expect((await wijkteam.get(`/api/v1/applications/${outside.id}`)).statusCode).toBe(404);
  });
});
