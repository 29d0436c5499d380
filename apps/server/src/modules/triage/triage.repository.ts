import { and, asc, count, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  caseEvents,
  cases,
  municipalities,
  organisations,
  reportAttachments,
  reports,
  routingRules,
  users,
} from '../../db/schema';

/** A report with the names the meldpunt needs alongside it. */
export type TriageReportRow = typeof reports.$inferSelect & {
  municipalityCode: string;
  municipalityName: string;
  reporterOrganisationName: string | null;
};

const reportWithNames = {
  report: reports,
  municipalityCode: municipalities.code,
  municipalityName: municipalities.name,
  reporterOrganisationName: organisations.name,
};

/** SQL for triage: the queue, one report, its history and files, and routing. */
export class TriageRepository {
  /** One page of the queue (acute first, then by triage deadline and age) and the total. */
  async queue(db: Db, regionId: string, status: string, page: { offset: number; limit: number }) {
    const where = and(
      eq(reports.regionId, regionId),
      status === 'all' ? undefined : sql`${reports.status} = ${status}`,
    );
    const rows = await db
      .select(reportWithNames)
      .from(reports)
      .innerJoin(municipalities, eq(municipalities.id, reports.municipalityId))
      .leftJoin(organisations, eq(organisations.id, reports.reporterOrganisationId))
      .where(where)
      .orderBy(desc(reports.acute), asc(reports.triageDueOn), asc(reports.receivedAt))
      .limit(page.limit)
      .offset(page.offset);
    const [totals] = await db.select({ total: count() }).from(reports).where(where);
    return { rows: rows.map(flatten), total: totals?.total ?? 0 };
  }

  /** New reports of a region: total, due today and overdue (indexed on triage_due_on). */
  async newCounts(db: Db, regionId: string, today: string) {
    const [row] = await db
      .select({
        total: count(),
        dueToday: sql<number>`count(*) filter (where ${reports.triageDueOn} = ${today})::int`,
        overdue: sql<number>`count(*) filter (where ${reports.triageDueOn} < ${today})::int`,
      })
      .from(reports)
      .where(and(eq(reports.regionId, regionId), eq(reports.status, 'new')));
    return { new: row?.total ?? 0, dueToday: row?.dueToday ?? 0, overdue: row?.overdue ?? 0 };
  }

  /** One report of a region with its names. */
  async find(db: Db, regionId: string, id: string): Promise<TriageReportRow | null> {
    const [row] = await db
      .select(reportWithNames)
      .from(reports)
      .innerJoin(municipalities, eq(municipalities.id, reports.municipalityId))
      .leftJoin(organisations, eq(organisations.id, reports.reporterOrganisationId))
      .where(and(eq(reports.regionId, regionId), eq(reports.id, id)));
    return row ? flatten(row) : null;
  }

  /** Lock a report row for a change in this transaction. */
  async lock(db: Db, regionId: string, id: string) {
    const [row] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.regionId, regionId), eq(reports.id, id)))
      .for('update');
    return row ?? null;
  }

  /** Change report fields. */
  async update(db: Db, id: string, patch: Partial<typeof reports.$inferInsert>): Promise<void> {
    await db.update(reports).set(patch).where(eq(reports.id, id));
  }

  /** A report's history (events without a case, or the report's own events), oldest first. */
  async history(db: Db, reportId: string) {
    return db
      .select({
        occurredAt: caseEvents.occurredAt,
        kind: caseEvents.kind,
        userName: users.displayName,
        details: caseEvents.details,
      })
      .from(caseEvents)
      .leftJoin(users, eq(users.id, caseEvents.userId))
      .where(eq(caseEvents.reportId, reportId))
      .orderBy(asc(caseEvents.occurredAt), asc(caseEvents.id));
  }

  /** File list of a report (without content). */
  async attachments(db: Db, reportId: string) {
    return db
      .select({
        id: reportAttachments.id,
        filename: reportAttachments.filename,
        mediaType: reportAttachments.mediaType,
        size: reportAttachments.size,
      })
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, reportId))
      .orderBy(asc(reportAttachments.createdAt));
  }

  /** One file with content, if it belongs to the report. */
  async attachment(db: Db, regionId: string, reportId: string, attachmentId: string) {
    const [row] = await db
      .select()
      .from(reportAttachments)
      .where(
        and(
          eq(reportAttachments.regionId, regionId),
          eq(reportAttachments.reportId, reportId),
          eq(reportAttachments.id, attachmentId),
        ),
      );
    return row ?? null;
  }

  /** Record an event on a report and/or case. */
  async addEvent(db: Db, row: typeof caseEvents.$inferInsert): Promise<void> {
    await db.insert(caseEvents).values(row);
  }

  /** The team a rule sends reports from this municipality (and district) to. */
  async ruleTeam(db: Db, regionId: string, municipalityId: string, district: string | null) {
    const [row] = await db
      .select({ id: organisations.id, name: organisations.name })
      .from(routingRules)
      .innerJoin(organisations, eq(organisations.id, routingRules.teamId))
      .where(
        and(
          eq(routingRules.regionId, regionId),
          eq(routingRules.municipalityId, municipalityId),
          district
            ? or(isNull(routingRules.district), sql`lower(${routingRules.district}) = lower(${district})`)
            : isNull(routingRules.district),
        ),
      )
      // A rule for the district wins over the municipality-wide rule.
      .orderBy(sql`${routingRules.district} is null`)
      .limit(1);
    return row ?? null;
  }

  /** An active outreach team of the region. */
  async outreachTeam(db: Db, regionId: string, teamId: string) {
    const [row] = await db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        and(
          eq(organisations.regionId, regionId),
          eq(organisations.id, teamId),
          eq(organisations.kind, 'outreach_team'),
          eq(organisations.active, true),
        ),
      );
    return row ?? null;
  }

  /** A case of the region with its team's name. */
  async caseOf(db: Db, regionId: string, caseId: string) {
    const [row] = await db
      .select({
        id: cases.id,
        reference: cases.reference,
        status: cases.status,
        personId: cases.personId,
        teamName: organisations.name,
      })
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.teamId))
      .where(and(eq(cases.regionId, regionId), eq(cases.id, caseId)));
    return row ?? null;
  }

  /** The open case of a person with a team, if any. */
  async openCaseOf(db: Db, regionId: string, personId: string, teamId: string) {
    const [row] = await db
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .where(
        and(
          eq(cases.regionId, regionId),
          eq(cases.personId, personId),
          eq(cases.teamId, teamId),
          eq(cases.status, 'open'),
        ),
      );
    return row ?? null;
  }

  /** Open cases of persons, with team names. */
  async openCasesOfPersons(db: Db, regionId: string, personIds: string[]) {
    if (personIds.length === 0) return [];
    return db
      .select({ id: cases.id, reference: cases.reference, personId: cases.personId, teamName: organisations.name })
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.teamId))
      .where(
        and(
          eq(cases.regionId, regionId),
          eq(cases.status, 'open'),
          sql`${cases.personId} in (${sql.join(
            personIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        ),
      );
  }

  /** Insert a case; returns the id. */
  async insertCase(db: Db, row: typeof cases.$inferInsert): Promise<string> {
    const [inserted] = await db.insert(cases).values(row).returning({ id: cases.id });
    if (!inserted) throw new Error('insert returned nothing');
    return inserted.id;
  }

  /**
   * Other reports that may be the same signal: about the linked person, at the same address
   * within 12 weeks, or from the same reporter within 12 weeks.
   */
  async similarReports(db: Db, report: typeof reports.$inferSelect) {
    const windowStart = new Date(report.receivedAt.getTime() - 84 * 86_400_000);
    const windowEnd = new Date(report.receivedAt.getTime() + 84 * 86_400_000);
    const normalise = (value: SQL) => sql`lower(regexp_replace(trim(${value}), '\\s+', ' ', 'g'))`;
    const sameAddress = report.subjectAddress
      ? sql`${normalise(sql`${reports.subjectAddress}`)} = ${normalise(sql`${report.subjectAddress}`)}`
      : sql`false`;
    const contact = [
      report.reporterEmail ? sql`lower(${reports.reporterEmail}) = lower(${report.reporterEmail})` : null,
      report.reporterPhone ? sql`${reports.reporterPhone} = ${report.reporterPhone}` : null,
      report.reporterOrganisationId ? sql`${reports.reporterOrganisationId} = ${report.reporterOrganisationId}` : null,
    ].filter((c): c is SQL => c !== null);
    const sameReporter = contact.length ? sql`(${sql.join(contact, sql` or `)})` : sql`false`;
    const samePerson = report.personId ? sql`${reports.personId} = ${report.personId}` : sql`false`;
    const rows = await db
      .select({
        id: reports.id,
        reference: reports.reference,
        receivedAt: reports.receivedAt,
        status: reports.status,
        subjectName: reports.subjectName,
        caseId: reports.caseId,
        samePerson: sql<boolean>`${samePerson}`,
        sameAddress: sql<boolean>`${sameAddress}`,
        sameReporter: sql<boolean>`${sameReporter}`,
      })
      .from(reports)
      .where(
        and(
          eq(reports.regionId, report.regionId),
          sql`${reports.id} <> ${report.id}`,
          isNull(reports.anonymisedAt),
          or(
            samePerson,
            and(gte(reports.receivedAt, windowStart), lt(reports.receivedAt, windowEnd), or(sameAddress, sameReporter)),
          ),
        ),
      )
      .orderBy(desc(reports.receivedAt))
      .limit(20);
    return rows;
  }
}

function flatten(row: {
  report: typeof reports.$inferSelect;
  municipalityCode: string;
  municipalityName: string;
  reporterOrganisationName: string | null;
}): TriageReportRow {
  return {
    ...row.report,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    reporterOrganisationName: row.reporterOrganisationName,
  };
}
