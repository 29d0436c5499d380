import { randomUUID } from 'node:crypto';
import type { ApplicationDetail, ApplicationPrefill, ApplicationQueue } from '@springplank/contract';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, cases, offers } from '../../db/schema';
import { createApplication, createPerson, createWaitlistEntry, grantApplication } from '../../test/access-factories';
import { createLocation, createStay } from '../../test/capacity-factories';
import { createCase } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { useTestApp } from '../../test/test-app';
import { fieldIssue } from '../../test/field-issues';

const motivation = 'Vanuit de bemoeizorg: woont op straat en kan niet zelfstandig wonen.';

describe('applications by outreach workers and providers (row-level rules)', () => {
  const ctx = useTestApp();

  async function outreach() {
    const team = await createOrganisation(ctx().db, {
      kind: 'outreach_team',
      name: `Bemoeizorg ${randomUUID().slice(0, 8)}`,
    });
    const user = await createUser(ctx().db, { role: 'outreach_worker', organisationId: team.id });
    return { team, user, client: await ctx().signIn(user.email) };
  }

  async function provider() {
    const organisation = await createOrganisation(ctx().db, { kind: 'provider' });
    const user = await createUser(ctx().db, { role: 'provider_staff', organisationId: organisation.id });
    return { organisation, user, client: await ctx().signIn(user.email) };
  }

  async function officer() {
    const user = await createUser(ctx().db, { role: 'access_officer' });
    return ctx().signIn(user.email);
  }

  it('lets an outreach worker start from an open case of the own team, with the case’s person', async () => {
    const { team, user, client } = await outreach();
    const person = await createPerson(ctx().db, { familyName: 'Straat' });
    const open = await createCase(ctx().db, { teamId: team.id, firstContactDueOn: '2026-01-10', personId: person.id });
    const prefill = await client.get(`/api/v1/applications/prefill?caseId=${open.id}`);
    expect(prefill.statusCode).toBe(200);
    expect(prefill.json<ApplicationPrefill>()).toMatchObject({
      caseReference: open.reference,
      teamName: team.name,
      person: { id: person.id, familyName: 'Straat' },
      summary: expect.stringContaining(open.reference),
    });
    const response = await client.post('/api/v1/applications', {
      caseId: open.id,
      requestedService: 'beschermd_wonen',
      motivation,
      source: 'local_access',
    });
    expect(response.statusCode).toBe(201);
    const detail = response.json<ApplicationDetail>();
    expect(detail).toMatchObject({
      source: 'meldpunt_case',
      caseId: open.id,
      person: { id: person.id },
      decision: null,
    });
    const entries = await ctx()
      .db.select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, user.id), eq(accessLog.action, 'application.create')));
    expect(entries[0]).toMatchObject({ subjectId: detail.id, personId: person.id, role: 'outreach_worker' });
  });

  it('creates and links the person when the case has none; needs one to be named', async () => {
    const { team, client } = await outreach();
    const open = await createCase(ctx().db, { teamId: team.id, firstContactDueOn: '2026-01-10' });
    const body = { caseId: open.id, requestedService: 'housing_first', motivation };
    const noPerson = await client.post('/api/v1/applications', body);
    expect(noPerson.statusCode).toBe(400);
    expect(noPerson.json().error.code).toBe('PERSON_REQUIRED');
    const someone = await createPerson(ctx().db);
    expect((await client.post('/api/v1/applications', { ...body, personId: someone.id })).statusCode).toBe(403);
    const created = await client.post('/api/v1/applications', {
      ...body,
      newPerson: { givenName: 'Mo', familyName: 'Nieuw' },
    });
    expect(created.statusCode).toBe(201);
    const personId = created.json<ApplicationDetail>().person.id;
    const [row] = await ctx().db.select().from(cases).where(eq(cases.id, open.id));
    expect(row?.personId).toBe(personId);
  });

  it('refuses an outreach worker without a case, with another team’s case, or a case closed otherwise', async () => {
    const { team, client } = await outreach();
    const other = await createOrganisation(ctx().db, { kind: 'outreach_team' });
    const person = await createPerson(ctx().db);
    const foreign = await createCase(ctx().db, {
      teamId: other.id,
      firstContactDueOn: '2026-01-10',
      personId: person.id,
    });
    const base = { requestedService: 'beschermd_wonen', motivation };
    const noCase = await client.post('/api/v1/applications', { ...base, personId: person.id });
    expect(noCase.statusCode).toBe(400);
    expect(noCase.json().error.issues).toEqual([fieldIssue('caseId', 'case_not_in_team')]);
    expect((await client.post('/api/v1/applications', { ...base, caseId: foreign.id })).statusCode).toBe(404);
    expect((await client.get(`/api/v1/applications/prefill?caseId=${foreign.id}`)).statusCode).toBe(404);
    const closed = await createCase(ctx().db, {
      teamId: team.id,
      firstContactDueOn: '2026-01-10',
      personId: person.id,
    });
    await ctx()
      .db.update(cases)
      .set({ status: 'closed', outcome: 'no_care_needed', closedAt: new Date() })
      .where(eq(cases.id, closed.id));
    const refused = await client.post('/api/v1/applications', { ...base, caseId: closed.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CASE_NOT_FOR_APPLICATION');
    await ctx().db.update(cases).set({ outcome: 'service_application' }).where(eq(cases.id, closed.id));
    expect((await client.post('/api/v1/applications', { ...base, caseId: closed.id })).statusCode).toBe(201);
  });

  it('shows an outreach worker only their own submissions, without the decision', async () => {
    const { team, client } = await outreach();
    const colleague = await createUser(ctx().db, { role: 'outreach_worker', organisationId: team.id });
    const person = await createPerson(ctx().db);
    const open = await createCase(ctx().db, { teamId: team.id, firstContactDueOn: '2026-01-10', personId: person.id });
    const own = (
      await client.post('/api/v1/applications', { caseId: open.id, requestedService: 'beschermd_wonen', motivation })
    ).json<ApplicationDetail>();
    const theirs = await createApplication(ctx().db, { personId: person.id, submittedByUserId: colleague.id });
    await grantApplication(ctx().db, { applicationId: own.id, priority: 'urgent', priorityReason: 'Acuut' });
    const queue = (await client.get('/api/v1/applications?pageSize=200')).json<ApplicationQueue>();
    expect(queue.items.map((item) => item.id)).toEqual([own.id]);
    const detail = (await client.get(`/api/v1/applications/${own.id}`)).json<ApplicationDetail>();
    expect(detail).toMatchObject({ status: 'granted', decision: null, zrmAssessments: [] });
    expect((await client.get(`/api/v1/applications/${theirs.id}`)).statusCode).toBe(404);
  });

  it('lets a provider submit for a client it may see, read its status, and nothing else', async () => {
    const { organisation, client } = await provider();
    const other = await provider();
    const location = await createLocation(ctx().db, { organisationId: organisation.id });
    const client1 = await createPerson(ctx().db, { familyName: 'Cliënt' });
    const stranger = await createPerson(ctx().db, { familyName: 'Onbekend' });
    await createStay(ctx().db, {
      personId: client1.id,
      service: 'nachtopvang',
      startedOn: '2026-01-01',
      locationId: location.id,
    });
    const base = { requestedService: 'beschermd_wonen', motivation };
    expect((await client.post('/api/v1/applications', { ...base, personId: stranger.id })).statusCode).toBe(404);
    expect((await client.post('/api/v1/applications', { ...base, newPerson: { familyName: 'X' } })).statusCode).toBe(
      403,
    );
    const created = await client.post('/api/v1/applications', { ...base, personId: client1.id, source: 'own_request' });
    expect(created.statusCode).toBe(201);
    const detail = created.json<ApplicationDetail>();
    expect(detail).toMatchObject({ source: 'provider', status: 'submitted', person: { id: client1.id } });
    const queue = (await client.get('/api/v1/applications?pageSize=200')).json<ApplicationQueue>();
    expect(queue.items.map((item) => item.id)).toEqual([detail.id]);
    expect((await other.client.get(`/api/v1/applications/${detail.id}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/applications')).json<ApplicationQueue>().items).toEqual([]);
    // A declined offer does not make the person visible any more (only pending/accepted do).
    const declinedPerson = await createPerson(ctx().db);
    const entry = await createWaitlistEntry(ctx().db, { personId: declinedPerson.id });
    await ctx().db.insert(offers).values({
      regionId: entry.regionId,
      waitlistEntryId: entry.id,
      personId: declinedPerson.id,
      organisationId: organisation.id,
      locationId: location.id,
      service: 'beschermd_wonen',
      status: 'declined',
      declineReason: 'Past niet',
      proposedStartOn: '2026-02-01',
    });
    expect((await client.post('/api/v1/applications', { ...base, personId: declinedPerson.id })).statusCode).toBe(404);
  });

  it('lets the access officer see every submission with its decision', async () => {
    const { client } = await provider();
    const officerClient = await officer();
    const person = await createPerson(ctx().db);
    const application = await createApplication(ctx().db, { personId: person.id, source: 'provider' });
    await grantApplication(ctx().db, { applicationId: application.id });
    const detail = (await officerClient.get(`/api/v1/applications/${application.id}`)).json<ApplicationDetail>();
    expect(detail.decision).toMatchObject({ granted: true, service: 'beschermd_wonen' });
    expect((await client.get(`/api/v1/applications/${application.id}`)).statusCode).toBe(404);
  });
});
