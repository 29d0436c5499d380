import { beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createPerson, createWaitlistEntry } from '../../test/access-factories';
import { createLocalAccessOfficer, createUser } from '../../test/factories';
import type { SignedInClient } from '../../test/test-app';
import { useTestApp } from '../../test/test-app';
import { fieldIssue } from '../../test/field-issues';

const scores = {
  finances: 2,
  work_education: 1,
  time_use: 2,
  housing: 1,
  domestic_relations: 3,
  mental_health: 2,
  physical_health: 3,
  substance_use: 2,
  basic_adl: 4,
  instrumental_adl: 2,
  social_network: 2,
  community_participation: 2,
  justice: 4,
};
const motivation = 'Heeft begeleiding en toezicht nodig bij het wonen.';

type Person = Awaited<ReturnType<typeof createPerson>>;
type Application = Awaited<ReturnType<typeof createApplication>>;

/** ACCESS.md: a local access team sees and prepares the applications of its own municipalities only. */
describe('local access team (wijkteam) scoped to its municipalities', () => {
  const ctx = useTestApp();
  let local: SignedInClient;
  let regional: SignedInClient;
  let inDeventer: Person;
  let inZutphen: Person;
  let ownApplication: Application;
  let otherApplication: Application;

  beforeAll(async () => {
    const { db, signIn } = ctx();
    local = await signIn((await createLocalAccessOfficer(db, { municipalityCodes: ['GM0150'] })).email);
    regional = await signIn((await createUser(db, { role: 'access_officer' })).email);
    inDeventer = await createPerson(db, { familyName: 'Deventenaar', municipalityCode: 'GM0150' });
    inZutphen = await createPerson(db, { familyName: 'Zutphenaar', municipalityCode: 'GM0301' });
    ownApplication = await createApplication(db, { personId: inDeventer.id });
    otherApplication = await createApplication(db, { personId: inZutphen.id });
  });

  it('lists and reads the applications of its own municipality, and 404s another’s', async () => {
    const queue = await local.get('/api/v1/applications?status=all&pageSize=200');
    expect(queue.statusCode).toBe(200);
    const ids = queue.json<{ items: { id: string }[] }>().items.map((item) => item.id);
    expect(ids).toContain(ownApplication.id);
    expect(ids).not.toContain(otherApplication.id);
    expect(queue.json<{ total: number }>().total).toBe(ids.length);
    expect((await local.get(`/api/v1/applications/${ownApplication.id}`)).statusCode).toBe(200);
    expect((await local.get(`/api/v1/applications/${otherApplication.id}`)).statusCode).toBe(404);
  });

  it('prepares (ZRM) its own applications only, and never decides', async () => {
    const own = await local.post(`/api/v1/applications/${ownApplication.id}/zrm`, { scores });
    expect(own.statusCode).toBe(201);
    const other = await local.post(`/api/v1/applications/${otherApplication.id}/zrm`, { scores });
    expect(other.statusCode).toBe(404);
    const decide = await local.post(`/api/v1/applications/${ownApplication.id}/decision`, {
      outcome: 'refused',
      refusalReason: 'Geen indicatie',
    });
    expect(decide.statusCode).toBe(403);
    expect(decide.json().error.code).toBe('FORBIDDEN');
  });

  it('submits for persons of its municipality only, and creates persons only there', async () => {
    const own = await local.post('/api/v1/applications', {
      personId: inDeventer.id,
      requestedService: 'beschermd_wonen',
      motivation,
    });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ source: 'local_access' });
    const other = await local.post('/api/v1/applications', {
      personId: inZutphen.id,
      requestedService: 'beschermd_wonen',
      motivation,
    });
    expect(other.statusCode).toBe(404);
    const elsewhere = await local.post('/api/v1/access/persons', { familyName: 'Elders', municipalityCode: 'GM0301' });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.issues).toEqual([fieldIssue('municipalityCode', 'municipality_outside_team')]);
    const nowhere = await local.post('/api/v1/access/persons', { familyName: 'Nergens' });
    expect(nowhere.statusCode).toBe(400);
    const here = await local.post('/api/v1/access/persons', { familyName: 'Hier', municipalityCode: 'GM0150' });
    expect(here.statusCode).toBe(201);
  });

  it('finds only persons of its municipality', async () => {
    const deventer = await local.get('/api/v1/access/persons?q=Deventenaar');
    expect(deventer.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([inDeventer.id]);
    const zutphen = await local.get('/api/v1/access/persons?q=Zutphenaar');
    expect(zutphen.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('sees the waiting-list position of its own persons, not the other municipality’s entries', async () => {
    const { db } = ctx();
    const first = await createWaitlistEntry(db, {
      personId: inZutphen.id,
      service: 'housing_first',
      listedOn: '2025-11-01',
    });
    const second = await createWaitlistEntry(db, {
      personId: inDeventer.id,
      service: 'housing_first',
      listedOn: '2025-12-01',
    });
    const list = await local.get('/api/v1/waitlist?service=housing_first');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: { id: string; position: number | null }[] }>().items;
    expect(items.map((item) => item.id)).toEqual([second.id]);
    expect(items[0]?.position).toBe(2);
    expect((await local.get(`/api/v1/waitlist/${second.id}`)).json()).toMatchObject({ position: 2 });
    expect((await local.get(`/api/v1/waitlist/${first.id}`)).statusCode).toBe(404);
    expect((await local.post(`/api/v1/waitlist/${second.id}/remove`, { reason: 'withdrawn' })).statusCode).toBe(403);
    const all = await regional.get('/api/v1/waitlist?service=housing_first');
    const positions = all.json<{ items: { id: string; position: number | null }[] }>().items;
    expect(positions.map((item) => [item.id, item.position])).toEqual([
      [first.id, 1],
      [second.id, 2],
    ]);
  });

  it('is refused the regional work: stays, placements, veldtafel, persons behind figures', async () => {
    for (const url of [
      '/api/v1/stays',
      '/api/v1/case-conferences',
      '/api/v1/monitor/dashboard',
      '/api/v1/applications/prefill?caseId=' + inDeventer.id,
    ]) {
      expect((await local.get(url)).statusCode, url).toBe(403);
    }
  });

  it('leaves the regional team the whole region', async () => {
    const queue = await regional.get('/api/v1/applications?status=all&pageSize=200');
    const ids = queue.json<{ items: { id: string }[] }>().items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([ownApplication.id, otherApplication.id]));
    expect((await regional.get(`/api/v1/applications/${otherApplication.id}`)).statusCode).toBe(200);
    const zutphen = await regional.get('/api/v1/access/persons?q=Zutphenaar');
    expect(zutphen.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([inZutphen.id]);
  });
});
