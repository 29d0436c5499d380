import { createHash } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import {
  accessLog,
  caseEvents,
  cases,
  outboxEmails,
  persons,
  reportAttachments,
  reports,
  retentionSettings,
} from '../../db/schema';
import { createCase, createPerson, createReportRow } from '../../test/case-factories';
import { createOrganisation, createRegion, referenceRegion } from '../../test/factories';
import { FILES } from '../../test/report-factories';
import { useTestApp } from '../../test/test-app';

/** "Now" for these tests: far in the future, so every row the factories make is old. */
const NOW = new Date('2100-06-01T12:00:00Z');
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

/** What a report tombstone loses; every other column stays as it was. */
const PERSONAL_COLUMNS = (
  'concern subjectName subjectAddress subjectAge subjectDescription locationAddress district ' +
  'reporterName reporterPhone reporterEmail reporterUserId personId idempotencyKey idempotencyFingerprint'
).split(' ');

async function attach(db: Db, report: { id: string; regionId: string } | null) {
  const [row] = await db
    .insert(reportAttachments)
    .values({
      regionId: report?.regionId ?? null,
      reportId: report?.id ?? null,
      filename: 'foto.png',
      mediaType: 'image/png',
      size: FILES.png.length,
      sha256: createHash('sha256').update(FILES.png).digest('hex'),
      content: FILES.png,
    })
    .returning();
  return row!;
}

async function closeCase(db: Db, id: string, closedAt: Date) {
  await db
    .update(cases)
    .set({
      status: 'closed',
      closedAt,
      outcome: 'guided_to_care',
      outcomeDetail: 'Jan woont nu bij zijn zus in Zwolle.',
    })
    .where(eq(cases.id, id));
  await db.update(reports).set({ status: 'closed', closedAt }).where(eq(reports.caseId, id));
}

/** Every row retention may touch, to prove a second run changes nothing. */
async function snapshot(db: Db) {
  return {
    reports: await db.select().from(reports).orderBy(asc(reports.id)),
    cases: await db.select().from(cases).orderBy(asc(cases.id)),
    events: await db.select().from(caseEvents).orderBy(asc(caseEvents.id)),
    persons: await db.select().from(persons).orderBy(asc(persons.id)),
    attachments: await db
      .select({ id: reportAttachments.id })
      .from(reportAttachments)
      .orderBy(asc(reportAttachments.id)),
    outbox: await db.select().from(outboxEmails).orderBy(asc(outboxEmails.id)),
  };
}

describe('retention', () => {
  const ctx = useTestApp();
  let world: Awaited<ReturnType<typeof buildWorld>>;

  /**
   * Reference region (12 / 60 months): with NOW in June 2100, reports closed before June 2099
   * and cases closed before June 2095 have expired.
   */
  async function buildWorld(db: Db) {
    const region = await referenceRegion(db);
    const team = await createOrganisation(db, { kind: 'outreach_team', municipalityCodes: ['GM0150'] });
    const p1 = await createPerson(db, { familyName: 'Een' });
    const p2 = await createPerson(db, { familyName: 'Twee', bsn: '111222333' });
    const p3 = await createPerson(db, { familyName: 'Drie' });
    const p4 = await createPerson(db, { familyName: 'Vier' });
    const orphan = await createPerson(db, { familyName: 'Wees' });
    const expired = await createReportRow(db, {
      status: 'closed',
      closedAt: at('2099-05-01'),
      personId: p1.id,
      wantsFeedback: true,
      district: 'Binnenstad',
      subjectAge: 54,
      subjectDescription: 'Lange man met rode jas',
      idempotencyKey: 'retention-key-0001',
    });
    const expiredOfP4 = await createReportRow(db, { status: 'closed', closedAt: at('2098-01-01'), personId: p4.id });
    const recentNoFeedback = await createReportRow(db, {
      status: 'closed',
      closedAt: at('2099-08-01'),
      personId: p4.id,
    });
    const recentFeedback = await createReportRow(db, {
      status: 'closed',
      closedAt: at('2099-08-01'),
      wantsFeedback: true,
    });
    const open = await createReportRow(db, { status: 'new' });
    const oldCase = await createCase(db, {
      teamId: team.id,
      firstContactDueOn: '2093-01-10',
      personId: p2.id,
      reports: [{}, { status: 'merged' }],
    });
    await closeCase(db, oldCase.id, at('2094-01-01'));
    const keptCase = await createCase(db, { teamId: team.id, firstContactDueOn: '2095-01-10', personId: p3.id });
    await closeCase(db, keptCase.id, at('2096-01-01'));
    const openCase = await createCase(db, { teamId: team.id, firstContactDueOn: '2100-01-10', personId: p3.id });
    await db.insert(caseEvents).values([
      {
        regionId: region.id,
        caseId: oldCase.id,
        kind: 'contact_attempt',
        channel: 'visit',
        result: 'reached',
        note: 'Jan was thuis, zijn zus ook.',
      },
      { regionId: region.id, caseId: oldCase.id, kind: 'closed', details: { outcome: 'guided_to_care' } },
      {
        regionId: region.id,
        reportId: oldCase.reports[0]!.id,
        caseId: oldCase.id,
        kind: 'person_linked',
        details: { personId: p2.id },
      },
      { regionId: region.id, reportId: expired.id, kind: 'closed_without_case', details: { reason: 'no_concern' } },
      { regionId: region.id, caseId: keptCase.id, kind: 'note', note: 'Blijft staan.' },
      { regionId: region.id, caseId: openCase.id, kind: 'note', note: 'Loopt nog.' },
    ]);
    const attachments = {
      expired: await attach(db, expired),
      ofOldCase: await attach(db, oldCase.reports[0]!),
      open: await attach(db, open),
      unclaimed: await attach(db, null),
    };
    await db.insert(outboxEmails).values([
      {
        regionId: region.id,
        reportId: expired.id,
        toAddress: expired.reporterEmail!,
        subject: 'Uw melding',
        body: '…',
      },
      {
        regionId: region.id,
        reportId: recentFeedback.id,
        toAddress: 'x@example.org',
        subject: 'Uw melding',
        body: '…',
      },
    ]);
    const other = await createRegion(db);
    return {
      region,
      other,
      persons: { p1: p1, p2: p2, p3: p3, p4: p4, orphan: orphan },
      reports: { expired, expiredOfP4, recentNoFeedback, recentFeedback, open },
      cases: { oldCase, keptCase, openCase },
      attachments,
    };
  }

  beforeAll(async () => {
    world = await buildWorld(ctx().db);
  });

  it('turns expired reports and cases into anonymous tombstones, so counts stay right', async () => {
    const { db, services } = ctx();
    const before = await snapshot(db);
    const result = await services.retention.runRetention(NOW);

    expect(result.unclaimedAttachmentsDeleted).toBe(1);
    const own = result.regions.find((r) => r.regionId === world.region.id);
    expect(own).toEqual({
      regionId: world.region.id,
      reportMonths: 12,
      caseMonths: 60,
      casesAnonymised: 1,
      reportsAnonymised: 4,
      caseEventsCleared: 4,
      attachmentsDeleted: 2,
      outboxEmailsDeleted: 1,
      // The forgotten contact of the newer no-feedback report, and of the kept case's report.
      reporterContactRemoved: 2,
      personsDeleted: 3,
    });
    expect(result.regions.map((r) => r.regionId)).toContain(world.other.id);

    const [reportCount] = await db.select({ n: count() }).from(reports);
    const [caseCount] = await db.select({ n: count() }).from(cases);
    const [eventCount] = await db.select({ n: count() }).from(caseEvents);
    expect(reportCount!.n).toBe(before.reports.length);
    expect(caseCount!.n).toBe(before.cases.length);
    expect(eventCount!.n).toBe(before.events.length);

    const [tombstone] = await db.select().from(reports).where(eq(reports.id, world.reports.expired.id));
    const original = world.reports.expired;
    const emptied = Object.fromEntries(PERSONAL_COLUMNS.map((column) => [column, null]));
    expect(tombstone).toEqual({ ...original, ...emptied, anonymisedAt: NOW });
    expect(original.concern && original.subjectDescription && original.district && original.reporterEmail).toBeTruthy();

    const [oldCase] = await db.select().from(cases).where(eq(cases.id, world.cases.oldCase.id));
    expect(oldCase).toMatchObject({
      personId: null,
      outcomeDetail: null,
      outcome: 'guided_to_care',
      anonymisedAt: NOW,
    });
    const caseReports = await db.select().from(reports).where(eq(reports.caseId, world.cases.oldCase.id));
    expect(caseReports).toHaveLength(2);
    for (const report of caseReports) {
      expect(report).toMatchObject({ anonymisedAt: NOW, concern: null, subjectName: null, personId: null });
    }
    const events = await db.select().from(caseEvents).where(eq(caseEvents.caseId, world.cases.oldCase.id));
    expect(events.map((e) => e.kind).sort()).toEqual(['closed', 'contact_attempt', 'person_linked']);
    for (const event of events) expect(event).toMatchObject({ note: null, details: {} });
    const [reportEvent] = await db.select().from(caseEvents).where(eq(caseEvents.reportId, world.reports.expired.id));
    expect(reportEvent).toMatchObject({ kind: 'closed_without_case', details: {} });

    const attachmentIds = (await db.select({ id: reportAttachments.id }).from(reportAttachments)).map((a) => a.id);
    expect(attachmentIds).toEqual([world.attachments.open.id]);
    const outbox = await db.select().from(outboxEmails);
    expect(outbox.map((o) => o.reportId)).toEqual([world.reports.recentFeedback.id]);

    const left = (await db.select({ id: persons.id }).from(persons)).map((p) => p.id).sort();
    expect(left).toEqual([world.persons.p3.id, world.persons.p4.id].sort());
  });

  it('keeps what has not expired, and removes forgotten reporter contact of closed reports', async () => {
    const { db } = ctx();
    const [kept] = await db.select().from(cases).where(eq(cases.id, world.cases.keptCase.id));
    expect(kept).toMatchObject({ personId: world.persons.p3.id, anonymisedAt: null });
    expect(kept!.outcomeDetail).toContain('Zwolle');
    const [open] = await db.select().from(cases).where(eq(cases.id, world.cases.openCase.id));
    expect(open).toMatchObject({ personId: world.persons.p3.id, anonymisedAt: null });
    const notes = await db
      .select({ note: caseEvents.note })
      .from(caseEvents)
      .where(inArray(caseEvents.caseId, [world.cases.keptCase.id, world.cases.openCase.id]));
    expect(notes.map((n) => n.note).sort()).toEqual(['Blijft staan.', 'Loopt nog.']);

    const [noFeedback] = await db.select().from(reports).where(eq(reports.id, world.reports.recentNoFeedback.id));
    expect(noFeedback).toMatchObject({
      anonymisedAt: null,
      reporterName: null,
      reporterPhone: null,
      reporterEmail: null,
      concern: world.reports.recentNoFeedback.concern,
      personId: world.persons.p4.id,
    });
    const [feedback] = await db.select().from(reports).where(eq(reports.id, world.reports.recentFeedback.id));
    expect(feedback).toMatchObject({ anonymisedAt: null, reporterEmail: world.reports.recentFeedback.reporterEmail });
    const [open2] = await db.select().from(reports).where(eq(reports.id, world.reports.open.id));
    expect(open2).toMatchObject({ anonymisedAt: null, subjectName: 'Jan de Boer' });
  });

  it('writes one access-log entry per region with the counts, as the system', async () => {
    const { db } = ctx();
    const entries = await db.select().from(accessLog).where(eq(accessLog.action, 'retention.run'));
    const own = entries.filter((e) => e.regionId === world.region.id);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      userId: null,
      userName: 'system: retention',
      role: null,
      subjectType: 'region',
      subjectId: world.region.id,
    });
    expect(own[0]!.details).toMatchObject({ casesAnonymised: 1, reportsAnonymised: 4, personsDeleted: 3 });
    expect(entries.filter((e) => e.regionId === world.other.id)).toHaveLength(1);
  });

  it('changes nothing on a second run, apart from logging that it ran', async () => {
    const { db, services } = ctx();
    const before = await snapshot(db);
    const result = await services.retention.runRetention(NOW);
    expect(result.unclaimedAttachmentsDeleted).toBe(0);
    for (const region of result.regions) {
      const { regionId: _r, reportMonths: _m, caseMonths: _c, ...counts } = region;
      expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    }
    expect(await snapshot(db)).toEqual(before);
    const entries = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.action, 'retention.run'), eq(accessLog.regionId, world.region.id)));
    expect(entries).toHaveLength(2);
  });

  it('follows the region’s own retention settings', async () => {
    const { db, services } = ctx();
    await db
      .insert(retentionSettings)
      .values({ regionId: world.region.id, reportMonths: 1, caseMonths: 1 })
      .onConflictDoUpdate({ target: retentionSettings.regionId, set: { reportMonths: 1, caseMonths: 1 } });
    const result = await services.retention.runRetention(NOW);
    const own = result.regions.find((r) => r.regionId === world.region.id);
    // The reports closed in August 2099 and the case closed in January 2096 (with its report) expire too.
    expect(own).toMatchObject({ reportMonths: 1, caseMonths: 1, casesAnonymised: 1, reportsAnonymised: 3 });
    const left = (await db.select({ id: persons.id }).from(persons)).map((p) => p.id);
    expect(left).toEqual([world.persons.p3.id]);
  });
});
