import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessLog, cases, organisations, outboxEmails, reports } from '../../db/schema';
import { DEMO_PASSWORD } from '../../demo/demo-region';
import { loadDemo } from '../../demo/load-demo';
import { reportInput } from '../../test/report-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';

describe('meldpunt triage', () => {
  const ctx = useTestApp({ REPORT_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  let operator: SignedInClient;

  beforeAll(async () => {
    const { db, services, signIn } = ctx();
    await loadDemo(db, services.passwords, services.accessLogKeys);
    operator = await signIn('meldpunt@ggd.demo.test', DEMO_PASSWORD);
  });

  async function submit(overrides: Parameters<typeof reportInput>[0] = {}) {
    const response = await ctx().app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: reportInput(overrides) as object,
      headers: { 'x-report-source': 'web-form' },
    });
    expect(response.statusCode).toBe(201);
    const [row] = await ctx().db.select().from(reports).where(eq(reports.reference, response.json().reference));
    return { id: row!.id, receipt: response.json() };
  }

  it('lists new reports acute first, with counts, and logs the listing', async () => {
    const normal = await submit({ subject: { name: 'Piet Normaal', address: 'Markt 1, Deventer' } });
    const acute = await submit({ acuteDanger: true, subject: { name: 'Acuut Persoon', address: 'Markt 2, Deventer' } });
    const queue = await operator.get('/api/v1/triage/reports?pageSize=200');
    expect(queue.statusCode).toBe(200);
    const ids = queue.json().items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(acute.id)).toBeLessThan(ids.indexOf(normal.id));
    expect(queue.json().counts.new).toBeGreaterThanOrEqual(2);
    const acuteItem = queue.json().items.find((i: { id: string }) => i.id === acute.id);
    expect(acuteItem).toMatchObject({ urgency: 'acute', acute: true, deadlineState: expect.any(String) });
  });

  it('shows the meldpunt the whole report, reporter contact included, and logs the view', async () => {
    const { db } = ctx();
    const { id } = await submit();
    const detail = await operator.get(`/api/v1/triage/reports/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      reporter: { email: 'els@example.org', wantsFeedback: true },
      suggestedTeam: { name: 'Bemoeizorgteam Deventer, Olst-Wijhe en Raalte' },
      phase: 'received',
    });
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectId, id), eq(accessLog.action, 'report.read')));
    expect(logged).toHaveLength(1);
  });

  it('suggests duplicates by address within twelve weeks and by the same reporter', async () => {
    const first = await submit({ subject: { name: 'Dubbel Adres', address: 'Lange Bisschopstraat  5, Deventer' } });
    const second = await submit({
      subject: { address: 'lange bisschopstraat 5, deventer' },
      reporter: { kind: 'family', phone: '0570123456' },
    });
    const third = await submit({
      subject: { name: 'Ander Adres', address: 'Elders 9' },
      reporter: { kind: 'family', phone: '0570123456' },
    });
    const suggestions = await operator.get(`/api/v1/triage/reports/${second.id}/duplicates`);
    const byId = new Map(suggestions.json().reports.map((r: { id: string; reasons: string[] }) => [r.id, r.reasons]));
    expect(byId.get(first.id)).toEqual(['address']);
    expect(byId.get(third.id)).toEqual(['same_reporter']);
  });

  it('links a new person, routes by rule to the team, opens a case with a deadline and tells the reporter', async () => {
    const { db, app } = ctx();
    const { id, receipt } = await submit({ subject: { name: 'Karel Kwetsbaar', address: 'Brink 40, Deventer' } });
    const linked = await operator.post(`/api/v1/triage/reports/${id}/person`, {
      create: {
        givenName: 'Karel',
        familyName: 'Kwetsbaar',
        birthDate: '1970-02-03',
        bsn: '123456782',
        address: 'Brink 40, Deventer',
      },
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().person).toMatchObject({ familyName: 'Kwetsbaar', municipalityCode: 'GM0150' });

    const routed = await operator.post(`/api/v1/triage/reports/${id}/route`, {});
    expect(routed.statusCode).toBe(200);
    expect(routed.json()).toMatchObject({ status: 'routed', phase: 'in_follow_up', case: { status: 'open' } });
    const [created] = await db.select().from(cases).where(eq(cases.id, routed.json().case.id));
    expect(created!.firstContactDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(created!.personId).toBe(linked.json().person.id);

    const status = await app.inject(`/api/v1/reports/status/${receipt.statusToken}`);
    expect(status.json().phase).toBe('in_follow_up');
    const mails = await db.select().from(outboxEmails).where(eq(outboxEmails.reportId, id));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('in behandeling');
    expect(mails[0]!.body).not.toContain('Karel');

    // A second report about Karel: the duplicate check finds him and his open case; routing joins it.
    const again = await submit({ subject: { name: 'Karel Kwetsbaar', address: 'Brink 40, Deventer' } });
    const suggestions = await operator.get(`/api/v1/triage/reports/${again.id}/duplicates`);
    const match = suggestions
      .json()
      .persons.find((p: { person: { id: string } }) => p.person.id === linked.json().person.id);
    expect(match.reasons).toEqual(expect.arrayContaining(['name_birth_date', 'address']));
    expect(match.openCases.map((c: { id: string }) => c.id)).toEqual([created!.id]);
    await operator.post(`/api/v1/triage/reports/${again.id}/person`, { personId: linked.json().person.id });
    const joined = await operator.post(`/api/v1/triage/reports/${again.id}/route`, {});
    expect(joined.json().case.id).toBe(created!.id);
  });

  it('needs a reason to route to another team than the rule, and records the override', async () => {
    const { id } = await submit();
    const other = await ctx()
      .db.select()
      .from(organisations)
      .where(eq(organisations.name, 'Bemoeizorgteam Lochem en Zutphen'));
    const withoutReason = await operator.post(`/api/v1/triage/reports/${id}/route`, { teamId: other[0]!.id });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().error.code).toBe('ROUTING_REASON_REQUIRED');
    const withReason = await operator.post(`/api/v1/triage/reports/${id}/route`, {
      teamId: other[0]!.id,
      reason: 'Betrokkene verblijft nu bij familie in Zutphen',
    });
    expect(withReason.statusCode).toBe(200);
    expect(withReason.json().case.teamName).toBe('Bemoeizorgteam Lochem en Zutphen');
    expect(withReason.json().history.at(-1)).toMatchObject({
      kind: 'routed',
      details: { override: true, reason: 'Betrokkene verblijft nu bij familie in Zutphen' },
    });
    const twice = await operator.post(`/api/v1/triage/reports/${id}/route`, {});
    expect(twice.statusCode).toBe(409);
  });

  it('routes to the team responsible for the linked person’s municipality', async () => {
    const { id } = await submit({ location: { municipalityCode: 'GM0150', address: 'Station Deventer' } });
    const linked = await operator.post(`/api/v1/triage/reports/${id}/person`, {
      create: { givenName: 'Zeger', familyName: 'Zutphenaar', municipalityCode: 'GM0301' },
    });
    expect(linked.json().suggestedTeam.name).toBe('Bemoeizorgteam Lochem en Zutphen');
    const routed = await operator.post(`/api/v1/triage/reports/${id}/route`, {});
    expect(routed.json().case.teamName).toBe('Bemoeizorgteam Lochem en Zutphen');
  });

  it('merges a duplicate report into an open case, keeping both histories', async () => {
    const first = await submit({ subject: { name: 'Samen Voegen', address: 'Polstraat 1, Deventer' } });
    const routed = await operator.post(`/api/v1/triage/reports/${first.id}/route`, {});
    const duplicate = await submit({ subject: { name: 'Samen Voegen', address: 'Polstraat 1, Deventer' } });
    const merged = await operator.post(`/api/v1/triage/reports/${duplicate.id}/merge`, {
      caseId: routed.json().case.id,
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      status: 'merged',
      phase: 'in_follow_up',
      case: { id: routed.json().case.id },
    });
    expect(merged.json().history.map((h: { kind: string }) => h.kind)).toEqual(['merged']);
    const first2 = await operator.get(`/api/v1/triage/reports/${first.id}`);
    expect(first2.json().history.map((h: { kind: string }) => h.kind)).toEqual(['routed']);
  });

  it('closes a report without follow-up and removes reporter contact when no feedback was asked', async () => {
    const { db } = ctx();
    const { id } = await submit({
      reporter: { kind: 'neighbour', name: 'Buurvrouw', phone: '0612345678', wantsFeedback: false },
    });
    const closed = await operator.post(`/api/v1/triage/reports/${id}/close`, { reason: 'Geen zorgen: misverstand' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', phase: 'closed', reporter: { name: null, phone: null } });
    const [row] = await db.select().from(reports).where(eq(reports.id, id));
    expect(row!.reporterPhone).toBeNull();
  });

  it('routes by district rules configured by functioneel beheer', async () => {
    const { signIn } = ctx();
    const admin = await signIn('beheer@deventer.demo.test', DEMO_PASSWORD);
    const rules = await admin.get('/api/v1/routing-rules');
    expect(rules.statusCode).toBe(200);
    const lz = rules.json().items.find((r: { teamName: string }) => r.teamName === 'Bemoeizorgteam Lochem en Zutphen');
    const replaced = await admin.put('/api/v1/routing-rules', {
      rules: [
        ...rules.json().items.map((r: { municipalityCode: string; district: string | null; teamId: string }) => ({
          municipalityCode: r.municipalityCode,
          ...(r.district ? { district: r.district } : {}),
          teamId: r.teamId,
        })),
        { municipalityCode: 'GM0150', district: 'Colmschate', teamId: lz.teamId },
      ],
    });
    expect(replaced.statusCode).toBe(200);
    const { id } = await submit({ location: { municipalityCode: 'GM0150', district: 'colmschate' } });
    const detail = await operator.get(`/api/v1/triage/reports/${id}`);
    expect(detail.json().suggestedTeam.name).toBe('Bemoeizorgteam Lochem en Zutphen');
    const duplicateRule = await admin.put('/api/v1/routing-rules', {
      rules: [
        { municipalityCode: 'GM0150', teamId: lz.teamId },
        { municipalityCode: 'GM0150', teamId: lz.teamId },
      ],
    });
    expect(duplicateRule.statusCode).toBe(400);
    const badDeadlines = await admin.put('/api/v1/deadline-rules', {
      rules: { acute: { triageWorkingDays: 0, firstContactWorkingDays: 0 } },
    });
    expect(badDeadlines.statusCode).toBe(400);
    expect((await operator.get('/api/v1/routing-rules')).statusCode).toBe(403);
  });

  it('refuses triage to every role but the meldpunt', async () => {
    const { signIn, app } = ctx();
    const { id } = await submit();
    for (const email of [
      'aanbieder@debrug.demo.test',
      'wonen@ijsselhuis.demo.test',
      'bemoeizorg@dor.demo.test',
      'melder@politie.demo.test',
      'toegang@deventer.demo.test',
      'wijkteam@zutphen.demo.test',
      'beleid@deventer.demo.test',
      'beheer@deventer.demo.test',
      'privacy@deventer.demo.test',
    ]) {
      const client = await signIn(email, DEMO_PASSWORD);
      expect((await client.get(`/api/v1/triage/reports/${id}`)).statusCode, email).toBe(403);
      expect((await client.get('/api/v1/triage/reports')).statusCode, email).toBe(403);
      expect((await client.post(`/api/v1/triage/reports/${id}/route`, {})).statusCode, email).toBe(403);
      expect((await client.get('/api/v1/outbox')).statusCode, email).toBe(403);
    }
    expect((await app.inject(`/api/v1/triage/reports/${id}`)).statusCode).toBe(401);
  });
});
