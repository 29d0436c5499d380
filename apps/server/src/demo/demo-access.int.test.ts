import type { ApplicationDetail, ApplicationQueue, Waitlist } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { locations, municipalities, organisations, persons, users } from '../db/schema';
import { useTestApp } from '../test/test-app';
import { loadAccessDemo } from './demo-access';
import type { DemoContext } from './demo-context';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-region';
import { loadDemo } from './load-demo';

describe('access demo', () => {
  const ctx = useTestApp();

  /** The base demo, then the access demo unless the loader already ran it. */
  async function loadWithAccess() {
    const { db, services } = ctx();
    await loadDemo(db, services.passwords);
    const [yusuf] = await db
      .select()
      .from(persons)
      .where(and(eq(persons.givenName, 'Yusuf'), eq(persons.familyName, 'Demir')));
    if (yusuf) return;
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
    await db.transaction((tx) => loadAccessDemo({ ...context, tx }));
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
  });
});
