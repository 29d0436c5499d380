import {
  computeIndicatorsReference,
  suppressSmallCells,
  type IndicatorDataset,
  type IndicatorStay,
} from '@springplank/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegion, createUser, referenceRegion } from '../../test/factories';
import { insertIndicatorDataset } from '../../test/indicator-factories';
import { useTestApp } from '../../test/test-app';

// Seven persons in BW care, three of them also waiting; two in shelter.
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const DATASET: IndicatorDataset = {
  persons: ids.map((id, i) => ({
    id,
    birthDate: i < 2 ? '2000-01-01' : '1970-01-01',
    municipalityCode: i < 5 ? 'GM0150' : 'GM0301',
  })),
  stays: [
    ...ids.map((id): IndicatorStay => ({
      personId: id,
      service: 'beschermd_wonen',
      startedOn: '2023-03-01',
      endedOn: null,
    })),
    { personId: 'a', service: 'nachtopvang', startedOn: '2023-01-01', endedOn: null },
    { personId: 'b', service: 'nachtopvang', startedOn: '2023-12-01', endedOn: null },
  ],
  waitlist: ['a', 'b', 'c'].map((id) => ({
    personId: id,
    service: 'beschut_wonen' as const,
    listedOn: '2023-06-01',
    removedOn: null,
    removalReason: null,
  })),
  housing: [],
};

const reference = (params: { municipality?: string; ageGroup?: '18-27' } = {}) =>
  computeIndicatorsReference(DATASET, { region: 'midden-ijssel', date: '2024-01-01', year: 2023, ...params });

describe('GET /api/v1/indicators', () => {
  const ctx = useTestApp();

  beforeAll(async () => {
    const { db } = ctx();
    await insertIndicatorDataset(db, (await referenceRegion(db)).id, DATASET);
  });

  it('gives an access officer the exact figures of the own region', async () => {
    const { db, signIn } = ctx();
    const officer = await signIn((await createUser(db, { role: 'access_officer' })).email);
    const response = await officer.get('/api/v1/indicators?date=2024-01-01&year=2023');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(reference());
    expect(response.json().moLongStay.all).toEqual({ n: 2, long: 1, share: 0.5 });
    const filtered = await officer.get(
      '/api/v1/indicators?date=2024-01-01&year=2023&municipality=GM0150&ageGroup=18-27',
    );
    expect(filtered.json()).toEqual(reference({ municipality: 'GM0150', ageGroup: '18-27' }));
    expect(filtered.json().bwClients.inCare).toBe(2);
  });

  it('gives a policy analyst the published figures: cells of 1–4 persons suppressed', async () => {
    const { db, signIn } = ctx();
    const analyst = await signIn((await createUser(db, { role: 'policy_analyst' })).email);
    const body = (await analyst.get('/api/v1/indicators?date=2024-01-01&year=2023')).json();
    expect(body).toEqual(suppressSmallCells(reference()));
    expect(body.bwClients).toEqual({ total: 7, inCare: 7, waiting: null });
    expect(body.bwWait.beschut_wonen.current).toEqual({ n: null, meanMonths: null });
    expect(body.moLongStay.all).toEqual({ n: null, long: null, share: null });
    expect(body.moLongStay.crisisopvang).toEqual({ n: 0, long: 0, share: null });
    const gm0301 = (await analyst.get('/api/v1/indicators?date=2024-01-01&year=2023&municipality=GM0301')).json();
    expect(gm0301.bwClients).toEqual({ total: null, inCare: null, waiting: 0 });
  });

  it("counts only the actor's own region", async () => {
    const { db, signIn } = ctx();
    const other = await createRegion(db);
    const officer = await signIn((await createUser(db, { role: 'access_officer', regionId: other.id })).email);
    const body = (await officer.get('/api/v1/indicators?date=2024-01-01&year=2023')).json();
    expect(body.region).toBe(other.slug);
    expect(body.bwClients).toEqual({ total: 0, inCare: 0, waiting: 0 });
    // A municipality of Midden-IJssel is not one of this region's.
    const foreign = await officer.get('/api/v1/indicators?date=2024-01-01&year=2023&municipality=GM0150');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('MUNICIPALITY_UNKNOWN');
    expect(foreign.json().error.issues[0]).toMatchObject({ code: 'unknown_municipality', params: { value: 'GM0150' } });
  });

  it('documents both answers in the OpenAPI document', async () => {
    const document = (await ctx().app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const operation = document.paths['/api/v1/indicators'].get;
    expect(operation.description).toContain('PublishedIndicatorResult');
    const answer = JSON.stringify(operation.responses['200']);
    expect(answer).toContain('IndicatorResult');
    expect(answer).toContain('PublishedIndicatorResult');
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'ageGroup',
      'date',
      'municipality',
      'year',
    ]);
  });

  it('refuses bad input with a Dutch 400, never a 500', async () => {
    const { db, signIn } = ctx();
    const officer = await signIn((await createUser(db, { role: 'access_officer' })).email);
    for (const query of [
      '',
      'date=2024-01-01',
      'date=2023-02-29&year=2023',
      'date=2024-01-01&year=twee',
      'date=2024-01-01&year=2023&municipality=Deventer',
      'date=2024-01-01&year=2023&ageGroup=65plus',
    ]) {
      const response = await officer.get(`/api/v1/indicators?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code, query).toBe('VALIDATION_FAILED');
    }
  });
});
