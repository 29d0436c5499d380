import type { CaseDetail, CaseQueue } from '@springplank/contract';
import { addDays, dutchDateOf, wvggzInquiryDueOn, type Role } from '@springplank/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accessLog, cases, outboxEmails, reports } from '../../db/schema';
import { createCase, createPerson } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { fieldIssue } from '../../test/field-issues';

const today = () => dutchDateOf(new Date());
const ids = (queue: CaseQueue) => queue.items.map((item) => item.id);

describe('cases', () => {
  const ctx = useTestApp();

  async function team(name?: string) {
    return createOrganisation(ctx().db, { kind: 'outreach_team', name, municipalityCodes: ['GM0150'] });
  }

  async function worker(teamId: string, displayName?: string) {
    const user = await createUser(ctx().db, { role: 'outreach_worker', organisationId: teamId, displayName });
    return { user, client: await ctx().signIn(user.email) };
  }

  async function meldpunt(): Promise<SignedInClient> {
    const user = await createUser(ctx().db, { role: 'meldpunt_operator' });
    return ctx().signIn(user.email);
  }

  /** Two teams, a worker in the first, and an open case in each. */
  async function twoTeams() {
    const own = await team();
    const other = await team();
    const { user, client } = await worker(own.id);
    const ownPerson = await createPerson(ctx().db, { givenName: 'Eigen', familyName: 'Cliënt' });
    const ownCase = await createCase(ctx().db, {
      teamId: own.id,
      personId: ownPerson.id,
      firstContactDueOn: addDays(today(), 3),
    });
    const otherCase = await createCase(ctx().db, { teamId: other.id, firstContactDueOn: addDays(today(), 3) });
    return { own, other, user, client, ownCase, otherCase };
  }

  it('shows an outreach worker the queue of their own team only, and logs what was shown', async () => {
    const { db } = ctx();
    const { other, user, client, ownCase, otherCase } = await twoTeams();
    const response = await client.get('/api/v1/cases?pageSize=200');
    expect(response.statusCode).toBe(200);
    const queue = response.json<CaseQueue>();
    expect(ids(queue)).toEqual([ownCase.id]);
    expect(queue.total).toBe(1);
    expect(queue.items[0]).toMatchObject({ reference: ownCase.reference, reportCount: 1, deadlineState: 'on_time' });
    const asOther = await client.get(`/api/v1/cases?teamId=${other.id}`);
    expect(asOther.json<CaseQueue>().items).toEqual([]);
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, user.id), eq(accessLog.action, 'case.list')));
    // One entry per person shown, in that person's own log.
    expect(logged[0]).toMatchObject({ subjectId: ownCase.id, personId: ownCase.personId });
    expect(JSON.stringify(logged)).not.toContain(otherCase.id);
  });

  it('answers 404 for another team’s case, on the detail and on every action', async () => {
    const { db } = ctx();
    const { client, otherCase } = await twoTeams();
    const base = `/api/v1/cases/${otherCase.id}`;
    expect((await client.get(base)).statusCode).toBe(404);
    expect((await client.post(`${base}/assign`, { userId: null })).statusCode).toBe(404);
    expect((await client.post(`${base}/events`, { kind: 'note', note: 'Poging' })).statusCode).toBe(404);
    expect((await client.post(`${base}/close`, { outcome: 'no_care_needed' })).statusCode).toBe(404);
    const [row] = await db.select().from(cases).where(eq(cases.id, otherCase.id));
    expect(row).toMatchObject({ status: 'open', assignedUserId: null });
  });

  it('lets the meldpunt read every team’s cases, but not act on them', async () => {
    const { ownCase, otherCase } = await twoTeams();
    const client = await meldpunt();
    const queue = (await client.get('/api/v1/cases?pageSize=200')).json<CaseQueue>();
    expect(ids(queue)).toEqual(expect.arrayContaining([ownCase.id, otherCase.id]));
    expect((await client.get(`/api/v1/cases/${otherCase.id}`)).statusCode).toBe(200);
    expect((await client.get('/api/v1/cases/overview')).statusCode).toBe(200);
    const base = `/api/v1/cases/${ownCase.id}`;
    expect((await client.post(`${base}/assign`, { userId: null })).statusCode).toBe(403);
    expect((await client.post(`${base}/events`, { kind: 'note', note: 'Poging' })).statusCode).toBe(403);
    expect((await client.post(`${base}/close`, { outcome: 'no_care_needed' })).statusCode).toBe(403);
  });

  it('refuses every other role (403) and anonymous requests (401)', async () => {
    const { db, signIn, app } = ctx();
    const { ownCase } = await twoTeams();
    const base = `/api/v1/cases/${ownCase.id}`;
    const routes = [
      { method: 'GET', url: '/api/v1/cases' },
      { method: 'GET', url: '/api/v1/cases/overview' },
      { method: 'GET', url: base },
      { method: 'POST', url: `${base}/assign`, payload: { userId: null } },
      { method: 'POST', url: `${base}/events`, payload: { kind: 'note', note: 'Poging' } },
      { method: 'POST', url: `${base}/close`, payload: { outcome: 'no_care_needed' } },
    ] as const;
    const others: Role[] = [
      'professional_reporter',
      'access_officer',
      'provider_staff',
      'housing_officer',
      'policy_analyst',
      'administrator',
      'privacy_officer',
    ];
    for (const role of others) {
      const client = await signIn((await createUser(db, { role })).email);
      for (const route of routes) {
        const response = await client.request(route);
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
      }
    }
    for (const route of routes) expect((await app.inject(route)).statusCode).toBe(401);
  });

  it('shows the person and the reports’ content but never the reporter’s contact, and logs the read', async () => {
    const { db } = ctx();
    const own = await team();
    const { user, client } = await worker(own.id);
    const person = await createPerson(db);
    const reporterOrganisation = await createOrganisation(db, { kind: 'police', name: 'Politie Wijkteam Geheim' });
    const created = await createCase(db, {
      teamId: own.id,
      firstContactDueOn: addDays(today(), 2),
      personId: person.id,
      reports: [
        {
          reporterName: 'Geheime Melder',
          reporterPhone: '06 99 88 77 66',
          reporterEmail: 'geheim@melder.example',
          reporterOrganisationId: reporterOrganisation.id,
          subjectDescription: 'Lange jas, fiets met krat',
        },
      ],
    });
    const response = await client.get(`/api/v1/cases/${created.id}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json<CaseDetail>();
    expect(detail).toMatchObject({
      id: created.id,
      personName: 'Jan de Boer',
      person: { id: person.id, familyName: 'de Boer', birthDate: '1971-03-02' },
      teamMembers: [{ id: user.id }],
    });
    expect(detail.reports).toEqual([
      expect.objectContaining({
        concern: expect.stringContaining('hardop'),
        subjectDescription: 'Lange jas, fiets met krat',
        locationAddress: 'Brink 10',
        municipalityName: 'Deventer',
      }),
    ]);
    for (const secret of ['Geheime Melder', '06 99 88 77 66', 'geheim@melder.example', 'Politie Wijkteam Geheim']) {
      expect(response.body).not.toContain(secret);
    }
    const [entry] = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'case.read'), eq(accessLog.subjectId, created.id)));
    expect(entry).toMatchObject({ userId: user.id, subjectType: 'case', personId: person.id, role: 'outreach_worker' });
  });

  it('assigns a case to a worker of its team, and refuses a worker of another team', async () => {
    const { db } = ctx();
    const { own, other, client, ownCase } = await twoTeams();
    const colleague = await worker(own.id, 'Collega Bemoeizorg');
    const stranger = await createUser(db, { role: 'outreach_worker', organisationId: other.id });
    const retired = await createUser(db, { role: 'outreach_worker', organisationId: own.id, active: false });
    for (const userId of [stranger.id, retired.id]) {
      const refused = await client.post(`/api/v1/cases/${ownCase.id}/assign`, { userId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'userId', message: expect.stringMatching(/team van deze casus/) }],
      });
    }
    const assigned = await client.post(`/api/v1/cases/${ownCase.id}/assign`, { userId: colleague.user.id });
    expect(assigned.statusCode).toBe(200);
    const detail = assigned.json<CaseDetail>();
    expect(detail.assignedUser).toEqual({ id: colleague.user.id, name: 'Collega Bemoeizorg' });
    expect(detail.timeline.map((e) => e.kind)).toEqual(['assigned']);
    const mine = (await colleague.client.get('/api/v1/cases?assigned=me')).json<CaseQueue>();
    expect(ids(mine)).toEqual([ownCase.id]);
    const unassigned = (await colleague.client.get('/api/v1/cases?assigned=unassigned')).json<CaseQueue>();
    expect(ids(unassigned)).toEqual([]);
    const cleared = await client.post(`/api/v1/cases/${ownCase.id}/assign`, { userId: null });
    expect(cleared.json<CaseDetail>().assignedUser).toBeNull();
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'case.assign'), eq(accessLog.subjectId, ownCase.id)));
    expect(logged).toHaveLength(2);
  });

  it('refuses a contact attempt without a result, and a time in the future, in Dutch', async () => {
    const { ownCase, client } = await twoTeams();
    const url = `/api/v1/cases/${ownCase.id}/events`;
    const noResult = await client.post(url, { kind: 'contact_attempt', channel: 'visit' });
    expect(noResult.statusCode).toBe(400);
    expect(noResult.json().error.issues).toEqual([fieldIssue('result', 'contact_attempt_required')]);
    const future = await client.post(url, {
      kind: 'contact_attempt',
      channel: 'visit',
      result: 'reached',
      occurredAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.issues).toEqual([fieldIssue('occurredAt', 'time_in_future')]);
  });

  it('orders the queue overdue first, and a first contact attempt settles the deadline', async () => {
    const { db } = ctx();
    const own = await team();
    const { client } = await worker(own.id);
    const later = await createCase(db, { teamId: own.id, firstContactDueOn: addDays(today(), 1) });
    const dueToday = await createCase(db, { teamId: own.id, firstContactDueOn: today() });
    const overdue = await createCase(db, { teamId: own.id, firstContactDueOn: addDays(today(), -2) });
    const queue = (await client.get('/api/v1/cases')).json<CaseQueue>();
    expect(ids(queue)).toEqual([overdue.id, dueToday.id, later.id]);
    expect(queue.items.map((item) => item.deadlineState)).toEqual(['overdue', 'due_today', 'on_time']);

    const url = (id: string) => `/api/v1/cases/${id}/events`;
    const note = await client.post(url(overdue.id), { kind: 'note', note: 'Buren gesproken.' });
    expect(note.json<CaseDetail>()).toMatchObject({ firstContactAt: null, deadlineState: 'overdue' });
    const attempt = await client.post(url(overdue.id), {
      kind: 'contact_attempt',
      channel: 'visit',
      result: 'reached',
    });
    expect(attempt.statusCode).toBe(200);
    const detail = attempt.json<CaseDetail>();
    expect(detail.firstContactAt).not.toBeNull();
    expect(detail.deadlineState).toBe('done_late');
    expect(detail.timeline.map((e) => [e.kind, e.channel, e.result])).toEqual([
      ['note', null, null],
      ['contact_attempt', 'visit', 'reached'],
    ]);
    const visit = await client.post(url(later.id), {
      kind: 'joint_visit_police',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(visit.json<CaseDetail>().deadlineState).toBe('done_on_time');
    // Once contacted, a case is no longer overdue: a newer overdue case goes before it.
    const stillWaiting = await createCase(db, { teamId: own.id, firstContactDueOn: addDays(today(), -1) });
    const requeued = (await client.get('/api/v1/cases')).json<CaseQueue>();
    expect(ids(requeued)).toEqual([stillWaiting.id, overdue.id, dueToday.id, later.id]);
  });

  it('requires an outcome to close a case', async () => {
    const { ownCase, client } = await twoTeams();
    const url = `/api/v1/cases/${ownCase.id}/close`;
    const empty = await client.post(url, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues).toEqual([expect.objectContaining({ path: 'outcome' })]);
    const noDetail = await client.post(url, { outcome: 'guided_to_care' });
    expect(noDetail.statusCode).toBe(400);
    expect(noDetail.json().error.issues).toEqual([fieldIssue('outcomeDetail', 'referral_target_required')]);
  });

  it('closes the reports with the case, mails only reporters who asked and removes the others’ contact', async () => {
    const { db } = ctx();
    const own = await team();
    const { user, client } = await worker(own.id);
    const person = await createPerson(db);
    const created = await createCase(db, {
      teamId: own.id,
      firstContactDueOn: today(),
      personId: person.id,
      reports: [
        { wantsFeedback: true, reporterEmail: 'wil-terugkoppeling@example.org', reporterName: 'Anna' },
        { wantsFeedback: false, reporterEmail: 'geen-bericht@example.org', reporterName: 'Bert' },
        { status: 'merged', wantsFeedback: false, reporterEmail: 'samengevoegd@example.org' },
      ],
    });
    const [asked, silent, merged] = created.reports.map((r) => r.id) as [string, string, string];
    const response = await client.post(`/api/v1/cases/${created.id}/close`, {
      outcome: 'wvggz_inquiry',
      outcomeDetail: 'Verkennend onderzoek gestart',
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json<CaseDetail>();
    expect(detail).toMatchObject({
      status: 'closed',
      outcome: 'wvggz_inquiry',
      outcomeDetail: 'Verkennend onderzoek gestart',
      wvggzDueOn: wvggzInquiryDueOn(today()),
    });
    expect(detail.closedAt).not.toBeNull();
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'closed', details: { outcome: 'wvggz_inquiry' } });

    const rows = await db
      .select()
      .from(reports)
      .where(inArray(reports.id, [asked, silent, merged]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows.every((r) => r.status === 'closed' && r.closedAt !== null)).toBe(true);
    expect(byId.get(asked)).toMatchObject({ reporterEmail: 'wil-terugkoppeling@example.org', reporterName: 'Anna' });
    for (const id of [silent, merged]) {
      expect(byId.get(id)).toMatchObject({ reporterName: null, reporterPhone: null, reporterEmail: null });
    }
    const mails = await db
      .select()
      .from(outboxEmails)
      .where(inArray(outboxEmails.reportId, [asked, silent, merged]));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ reportId: asked, toAddress: 'wil-terugkoppeling@example.org' });
    expect(mails[0]?.body).not.toContain('Jan');

    const [entry] = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'case.close'), eq(accessLog.subjectId, created.id)));
    expect(entry).toMatchObject({ userId: user.id, personId: person.id });

    const again = await client.post(`/api/v1/cases/${created.id}/close`, { outcome: 'no_care_needed' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
    const late = await client.post(`/api/v1/cases/${created.id}/events`, { kind: 'note', note: 'Nog iets' });
    expect(late.statusCode).toBe(409);
    const closedQueue = (await client.get('/api/v1/cases?status=closed')).json<CaseQueue>();
    expect(ids(closedQueue)).toEqual([created.id]);
  });
});
