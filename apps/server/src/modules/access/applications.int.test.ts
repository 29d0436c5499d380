import {
  type AccessPerson,
  type AccessPersonList,
  type ApplicationDetail,
  type ApplicationQueue,
} from '@springplank/contract';
import { ZRM_DOMAINS } from '@springplank/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, applications, decisions, waitlistEntries } from '../../db/schema';
import { accessAppAt, clockedClient, type ClockedClient } from '../../test/access-clock';
import { createApplication, createPerson, type ApplicationOverrides } from '../../test/access-factories';
import { createRegion, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';
import { DATE_WINDOW, fieldIssue } from '../../test/field-issues';
import { ZrmRepository } from './zrm.repository';

const NOW = new Date('2026-06-15T10:00:00+02:00');
const TODAY = '2026-06-15';
const fullScores = Object.fromEntries(ZRM_DOMAINS.map((domain, i) => [domain, (i % 5) + 1]));
const motivation = 'Kan niet zelfstandig wonen en heeft toezicht nodig.';

describe('applications, ZRM and decisions', () => {
  const ctx = useTestApp();
  let app: FastifyInstance;
  let officer: ClockedClient;
  let officerId: string;

  beforeAll(async () => {
    app = await accessAppAt(ctx(), NOW);
    const user = await createUser(ctx().db, { role: 'access_officer' });
    officerId = user.id;
    officer = clockedClient(app, await ctx().signIn(user.email));
  });
  afterAll(async () => {
    await app.close();
  });

  async function logged(userId: string, action: string) {
    return ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, userId), eq(accessLog.action, action)));
  }

  describe('persons', () => {
    it('refuses a BSN that fails the elfproef, in Dutch, and creates a person with a valid one', async () => {
      const bad = await officer.post('/api/v1/access/persons', { familyName: 'Elf', bsn: '123456781' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues).toEqual([fieldIssue('bsn', 'bsn_checksum')]);
      const created = await officer.post('/api/v1/access/persons', {
        givenName: 'Sanne',
        familyName: 'Elf',
        bsn: '111222333',
        birthDate: '1990-07-01',
        municipalityCode: 'GM0150',
      });
      expect(created.statusCode).toBe(201);
      const person = created.json<AccessPerson>();
      expect(person).toMatchObject({ bsn: '111222333', age: 35, municipalityName: 'Deventer' });
      expect(await logged(officerId, 'person.create')).toEqual([expect.objectContaining({ personId: person.id })]);
      const twice = await officer.post('/api/v1/access/persons', { familyName: 'Ander', bsn: '111222333' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('PERSON_BSN_EXISTS');
    });

    it('refuses an unknown municipality and a birth date in the future', async () => {
      const unknown = await officer.post('/api/v1/access/persons', { familyName: 'X', municipalityCode: 'GM9999' });
      expect(unknown.json().error.code).toBe('MUNICIPALITY_UNKNOWN');
      const future = await officer.post('/api/v1/access/persons', { familyName: 'X', birthDate: '2026-06-16' });
      expect(future.statusCode).toBe(400);
    });

    it('finds persons of the region by name, BSN and birth date, never another region’s, and logs the search', async () => {
      const own = await createPerson(ctx().db, { givenName: 'Ingrid', familyName: 'Zoekmans', bsn: '123456782' });
      const other = await createRegion(ctx().db);
      await createPerson(ctx().db, { regionId: other.id, givenName: 'Ingrid', familyName: 'Zoekmans' });
      const byName = (await officer.get('/api/v1/access/persons?q=zoekmans')).json<AccessPersonList>();
      expect(byName.items.map((p) => p.id)).toEqual([own.id]);
      const byBsn = (await officer.get('/api/v1/access/persons?bsn=123456782')).json<AccessPersonList>();
      expect(byBsn.items.map((p) => p.id)).toEqual([own.id]);
      const byBirth = (
        await officer.get('/api/v1/access/persons?birthDate=1980-06-15&q=Zoek')
      ).json<AccessPersonList>();
      expect(byBirth.items.map((p) => p.id)).toEqual([own.id]);
      expect((await officer.get('/api/v1/access/persons')).statusCode).toBe(400);
      const searches = await logged(officerId, 'person.search');
      expect(searches.at(-1)).toMatchObject({ personId: own.id, subjectId: own.id });
    });
  });

  describe('applications', () => {
    it('creates an application with a new person, an A- reference and a log entry', async () => {
      const response = await officer.post('/api/v1/applications', {
        newPerson: { givenName: 'Piet', familyName: 'Nieuw', birthDate: '2001-02-03', municipalityCode: 'GM0262' },
        requestedService: 'beschermd_wonen',
        motivation,
        expertiseNeeds: ['addiction', 'young_adults', 'addiction'],
      });
      expect(response.statusCode).toBe(201);
      const detail = response.json<ApplicationDetail>();
      expect(detail.reference).toMatch(/^A-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(detail).toMatchObject({
        status: 'submitted',
        source: 'local_access',
        receivedOn: TODAY,
        expertiseNeeds: ['addiction', 'young_adults'],
        person: { familyName: 'Nieuw', age: 25, municipalityCode: 'GM0262' },
        decision: null,
      });
      expect(await logged(officerId, 'application.create')).toContainEqual(
        expect.objectContaining({ subjectId: detail.id, personId: detail.person.id }),
      );
    });

    it('refuses a short motivation, both or neither person, a future date and a service switched off', async () => {
      const person = await createPerson(ctx().db);
      const base = { personId: person.id, requestedService: 'beschermd_wonen', motivation };
      expect((await officer.post('/api/v1/applications', { ...base, motivation: 'kort' })).statusCode).toBe(400);
      const both = await officer.post('/api/v1/applications', { ...base, newPerson: { familyName: 'Dubbel' } });
      expect(both.statusCode).toBe(400);
      const neither = await officer.post('/api/v1/applications', { requestedService: 'beschermd_wonen', motivation });
      expect(neither.json().error.issues).toEqual([fieldIssue('personId', 'person_choice_required')]);
      const future = await officer.post('/api/v1/applications', { ...base, receivedOn: '2026-06-16' });
      expect(future.statusCode).toBe(400);
      const unknown = await officer.post('/api/v1/applications', { ...base, personId: crypto.randomUUID() });
      expect(unknown.statusCode).toBe(404);
    });

    it('lists the queue submitted first, then by received date, with source, service and person', async () => {
      const person = await createPerson(ctx().db, { familyName: 'Wachtrij' });
      const decided = await createApplication(ctx().db, {
        personId: person.id,
        receivedOn: '2020-01-01',
        status: 'refused',
      });
      const later = await createApplication(ctx().db, { personId: person.id, receivedOn: '2020-03-01' });
      const earlier = await createApplication(ctx().db, {
        personId: person.id,
        receivedOn: '2020-02-01',
        source: 'own_request',
        requestedService: 'housing_first',
      });
      const queue = (await officer.get('/api/v1/applications?pageSize=200')).json<ApplicationQueue>();
      const ids = queue.items.map((item) => item.id);
      expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(later.id));
      expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(decided.id));
      expect(queue.items.find((item) => item.id === earlier.id)).toMatchObject({
        source: 'own_request',
        requestedService: 'housing_first',
        person: { name: 'Kees Wachtrij' },
      });
      const submittedOnly = (
        await officer.get('/api/v1/applications?status=submitted&pageSize=200')
      ).json<ApplicationQueue>();
      expect(submittedOnly.items.map((item) => item.id)).not.toContain(decided.id);
    });

    it('hides another region’s applications', async () => {
      const other = await createRegion(ctx().db);
      const stranger = await createPerson(ctx().db, { regionId: other.id });
      const foreign = await createApplication(ctx().db, { personId: stranger.id });
      expect((await officer.get(`/api/v1/applications/${foreign.id}`)).statusCode).toBe(404);
      const queue = (await officer.get('/api/v1/applications?pageSize=200')).json<ApplicationQueue>();
      expect(queue.items.map((item) => item.id)).not.toContain(foreign.id);
      expect(
        (
          await officer.post(`/api/v1/applications/${foreign.id}/decision`, {
            outcome: 'refused',
            refusalReason: 'Nee',
          })
        ).statusCode,
      ).toBe(404);
    });
  });

  describe('ZRM', () => {
    it('needs all 13 domains with scores 1–5, stores only names and scores, and lists them by date', async () => {
      const person = await createPerson(ctx().db);
      const application = await createApplication(ctx().db, { personId: person.id });
      const url = `/api/v1/applications/${application.id}/zrm`;
      const { justice: _left, ...twelve } = fullScores;
      expect((await officer.post(url, { scores: twelve })).statusCode).toBe(400);
      const tooHigh = await officer.post(url, { scores: { ...fullScores, finances: 6 } });
      expect(tooHigh.statusCode).toBe(400);
      expect(tooHigh.json().error.issues).toEqual([fieldIssue('scores.finances', 'too_big', { maximum: 5 })]);
      expect((await officer.post(url, { scores: fullScores, assessedOn: '2026-06-16' })).statusCode).toBe(400);
      const second = await officer.post(url, { scores: { ...fullScores, housing: 3 } });
      const first = await officer.post(url, { scores: fullScores, assessedOn: '2026-05-01' });
      expect(second.statusCode).toBe(201);
      expect(first.statusCode).toBe(201);
      const detail = first.json<ApplicationDetail>();
      expect(detail.zrmAssessments.map((a) => a.assessedOn)).toEqual(['2026-05-01', TODAY]);
      expect(detail.zrmAssessments[1]?.scores).toEqual({ ...fullScores, housing: 3 });
      const stored = await ctx().db.transaction((tx) =>
        new ZrmRepository().listForPerson(tx, application.regionId, person.id),
      );
      expect(stored.map((a) => a.assessedOn)).toEqual(['2026-05-01', TODAY]);
      expect(Object.keys(stored[0]?.scores ?? {}).sort()).toEqual([...ZRM_DOMAINS].sort());
      expect(await logged(officerId, 'zrm.create')).toContainEqual(expect.objectContaining({ personId: person.id }));
    });
  });

  describe('decisions', () => {
    async function submitted(overrides: ApplicationOverrides = {}) {
      const person = await createPerson(ctx().db);
      return createApplication(ctx().db, { personId: person.id, ...overrides });
    }

    it('refuses a refusal without a reason with a Dutch 400, and records a refusal once (second time 409)', async () => {
      const application = await submitted();
      const url = `/api/v1/applications/${application.id}/decision`;
      const noReason = await officer.post(url, { outcome: 'refused' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [fieldIssue('refusalReason', 'refusal_reason_required')],
      });
      const refused = await officer.post(url, {
        outcome: 'refused',
        refusalReason: 'Zelfstandig wonen met ambulante begeleiding volstaat.',
      });
      expect(refused.statusCode).toBe(201);
      expect(refused.json<ApplicationDetail>()).toMatchObject({
        status: 'refused',
        decision: { granted: false, iwmoCategory: '15', decidedOn: TODAY, waitlistEntryId: null, service: null },
      });
      const again = await officer.post(url, { outcome: 'granted', validFrom: TODAY, priority: 'normal' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({
        code: 'DECISION_EXISTS',
        message: expect.stringMatching(/al een besluit/),
      });
      const rows = await ctx().db.select().from(decisions).where(eq(decisions.applicationId, application.id));
      expect(rows).toHaveLength(1);
    });

    it('refuses a decision dated in year 1, 0000 or the future, and accepts a validity that lies ahead', async () => {
      const application = await submitted();
      const url = `/api/v1/applications/${application.id}/decision`;
      const grant = { outcome: 'granted', validFrom: TODAY, priority: 'normal' };
      for (const decidedOn of ['0001-01-01', '0000-01-01', '9999-12-31']) {
        const response = await officer.post(url, { ...grant, decidedOn });
        expect(response.statusCode, decidedOn).toBe(400);
        expect(response.json().error.issues).toEqual([fieldIssue('decidedOn', 'date_out_of_range', DATE_WINDOW)]);
      }
      const future = await officer.post(url, { ...grant, decidedOn: '2099-01-01' });
      expect(future.json().error.issues).toEqual([fieldIssue('decidedOn', 'date_in_future')]);
      const granted = await officer.post(url, { ...grant, decidedOn: TODAY, validUntil: '2099-12-31' });
      expect(granted.statusCode, granted.body).toBe(201);
      expect(granted.json<ApplicationDetail>().decision).toMatchObject({ decidedOn: TODAY, validUntil: '2099-12-31' });
    });

    it('needs validity, a priority and a reason for a raised priority to grant', async () => {
      const application = await submitted();
      const url = `/api/v1/applications/${application.id}/decision`;
      const missing = await officer.post(url, { outcome: 'granted' });
      expect(
        missing
          .json()
          .error.issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual(['priority', 'validFrom']);
      const noPriorityReason = await officer.post(url, { outcome: 'granted', validFrom: TODAY, priority: 'urgent' });
      expect(noPriorityReason.json().error.issues).toEqual([fieldIssue('priorityReason', 'priority_reason_required')]);
      const backwards = await officer.post(url, {
        outcome: 'granted',
        validFrom: TODAY,
        validUntil: '2026-01-01',
        priority: 'normal',
      });
      expect(backwards.statusCode).toBe(400);
      const future = await officer.post(url, {
        outcome: 'granted',
        validFrom: TODAY,
        priority: 'normal',
        decidedOn: '2026-07-01',
      });
      expect(future.statusCode).toBe(400);
      const [row] = await ctx().db.select().from(applications).where(eq(applications.id, application.id));
      expect(row?.status).toBe('submitted');
    });

    it('grants BW: lists the person on the decision date with priority, reason and expertise needs', async () => {
      const application = await submitted({ expertiseNeeds: ['autism', 'pets_allowed'] });
      const response = await officer.post(`/api/v1/applications/${application.id}/decision`, {
        outcome: 'granted',
        validFrom: '2026-06-01',
        validUntil: '2027-05-31',
        priority: 'high',
        priorityReason: 'Dreigende dakloosheid',
        decidedOn: '2026-06-10',
      });
      expect(response.statusCode).toBe(201);
      const detail = response.json<ApplicationDetail>();
      expect(detail).toMatchObject({
        status: 'granted',
        decision: {
          granted: true,
          service: 'beschermd_wonen',
          iwmoCategory: '15',
          priority: 'high',
          decidedOn: '2026-06-10',
        },
      });
      const [entry] = await ctx()
        .db.select()
        .from(waitlistEntries)
        .where(eq(waitlistEntries.personId, application.personId));
      expect(entry).toMatchObject({
        id: detail.decision?.waitlistEntryId,
        service: 'beschermd_wonen',
        listedOn: '2026-06-10',
        priority: 'high',
        priorityReason: 'Dreigende dakloosheid',
        expertiseNeeds: ['autism', 'pets_allowed'],
        removedOn: null,
      });
      expect(await logged(officerId, 'application.decide')).toContainEqual(
        expect.objectContaining({ subjectId: application.id, personId: application.personId }),
      );
    });

    it('records the iWmo category per service and lists only BW, beschut wonen and Housing First', async () => {
      const cases = [
        ['nachtopvang', '16', false],
        ['crisisopvang', '17', false],
        ['ambulante_begeleiding', '18', false],
        ['beschut_wonen', '15', true],
        ['housing_first', '18', true],
      ] as const;
      for (const [service, category, listed] of cases) {
        const application = await submitted({ requestedService: service });
        const response = await officer.post(`/api/v1/applications/${application.id}/decision`, {
          outcome: 'granted',
          validFrom: TODAY,
          priority: 'normal',
        });
        expect(response.json<ApplicationDetail>().decision, service).toMatchObject({ service, iwmoCategory: category });
        const entries = await ctx()
          .db.select()
          .from(waitlistEntries)
          .where(eq(waitlistEntries.personId, application.personId));
        expect(entries.length, service).toBe(listed ? 1 : 0);
      }
      const chosen = await submitted();
      const overridden = await officer.post(`/api/v1/applications/${chosen.id}/decision`, {
        outcome: 'granted',
        service: 'beschut_wonen',
        iwmoCategory: '18',
        validFrom: TODAY,
        priority: 'normal',
      });
      expect(overridden.json<ApplicationDetail>().decision).toMatchObject({
        service: 'beschut_wonen',
        iwmoCategory: '18',
      });
    });

    it('refuses a grant for someone already waiting for the service, and keeps nothing of it', async () => {
      const first = await submitted();
      const second = await createApplication(ctx().db, { personId: first.personId });
      const grant = { outcome: 'granted', validFrom: TODAY, priority: 'normal' };
      expect((await officer.post(`/api/v1/applications/${first.id}/decision`, grant)).statusCode).toBe(201);
      const duplicate = await officer.post(`/api/v1/applications/${second.id}/decision`, grant);
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().error.code).toBe('WAITLIST_ALREADY_LISTED');
      expect(await ctx().db.select().from(decisions).where(eq(decisions.applicationId, second.id))).toEqual([]);
      const [row] = await ctx().db.select().from(applications).where(eq(applications.id, second.id));
      expect(row?.status).toBe('submitted');
    });
  });
});
