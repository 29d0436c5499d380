import { and, eq, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  caseEvents,
  cases,
  outboxEmails,
  persons,
  regions,
  reportAttachments,
  reports,
  retentionSettings,
} from '../../db/schema';

/** A region and how long it keeps what (ACCESS.md, Retention). */
export interface RegionRetention {
  regionId: string;
  reportMonths: number;
  caseMonths: number;
}

/** The defaults when a region has no row in `retention_settings`. */
export const DEFAULT_RETENTION = { reportMonths: 12, caseMonths: 60 } as const;

/** The columns of a report that may identify someone, emptied when the report becomes a tombstone. */
const REPORT_PERSONAL_COLUMNS = {
  concern: null,
  subjectName: null,
  subjectAddress: null,
  subjectAge: null,
  subjectDescription: null,
  locationAddress: null,
  district: null,
  reporterName: null,
  reporterPhone: null,
  reporterEmail: null,
  reporterUserId: null,
  personId: null,
  idempotencyKey: null,
  idempotencyFingerprint: null,
} as const;

/** Reports of the region that are already tombstones. */
const anonymisedReportIds = (regionId: string) =>
  sql`(select ${reports.id} from ${reports} where ${reports.regionId} = ${regionId} and ${reports.anonymisedAt} is not null)`;

/** Cases of the region that are already tombstones. */
const anonymisedCaseIds = (regionId: string) =>
  sql`(select ${cases.id} from ${cases} where ${cases.regionId} = ${regionId} and ${cases.anonymisedAt} is not null)`;

/**
 * SQL of the retention job. Every statement is set-based and selects by state (not by ids
 * handed in), so a run that is interrupted or repeated finishes what is left and nothing more.
 */
export class RetentionRepository {
  /** Every region with its retention periods (defaults where it has no settings row). */
  async regions(db: Db): Promise<RegionRetention[]> {
    return db
      .select({
        regionId: regions.id,
        reportMonths: sql<number>`coalesce(${retentionSettings.reportMonths}, ${DEFAULT_RETENTION.reportMonths})`,
        caseMonths: sql<number>`coalesce(${retentionSettings.caseMonths}, ${DEFAULT_RETENTION.caseMonths})`,
      })
      .from(regions)
      .leftJoin(retentionSettings, eq(retentionSettings.regionId, regions.id))
      .orderBy(regions.id);
  }

  /** Anonymise closed cases closed before `cutoff`; returns how many. */
  async anonymiseCases(db: Db, regionId: string, cutoff: Date, now: Date): Promise<number> {
    const rows = await db
      .update(cases)
      .set({ personId: null, outcomeDetail: null, anonymisedAt: now })
      .where(
        and(
          eq(cases.regionId, regionId),
          eq(cases.status, 'closed'),
          lt(cases.closedAt, cutoff),
          isNull(cases.anonymisedAt),
        ),
      )
      .returning({ id: cases.id });
    return rows.length;
  }

  /**
   * Turn reports into tombstones: closed reports without a case closed before `cutoff`, and
   * every report of an anonymised case. Returns how many.
   */
  async anonymiseReports(db: Db, regionId: string, cutoff: Date, now: Date): Promise<number> {
    const rows = await db
      .update(reports)
      .set({ ...REPORT_PERSONAL_COLUMNS, anonymisedAt: now })
      .where(
        and(
          eq(reports.regionId, regionId),
          isNull(reports.anonymisedAt),
          or(
            and(isNull(reports.caseId), eq(reports.status, 'closed'), lt(reports.closedAt, cutoff)),
            sql`${reports.caseId} in ${anonymisedCaseIds(regionId)}`,
          ),
        ),
      )
      .returning({ id: reports.id });
    return rows.length;
  }

  /** Empty the notes and details of the timeline of anonymised cases and reports (the kind stays). */
  async clearEvents(db: Db, regionId: string): Promise<number> {
    const rows = await db
      .update(caseEvents)
      .set({ note: null, details: {} })
      .where(
        and(
          eq(caseEvents.regionId, regionId),
          or(isNotNull(caseEvents.note), ne(caseEvents.details, sql`'{}'::jsonb`)),
          or(
            sql`${caseEvents.caseId} in ${anonymisedCaseIds(regionId)}`,
            sql`${caseEvents.reportId} in ${anonymisedReportIds(regionId)}`,
          ),
        ),
      )
      .returning({ id: caseEvents.id });
    return rows.length;
  }

  /** Delete the files of anonymised reports; returns how many. */
  async deleteAttachmentsOfTombstones(db: Db, regionId: string): Promise<number> {
    const rows = await db
      .delete(reportAttachments)
      .where(
        and(
          eq(reportAttachments.regionId, regionId),
          sql`${reportAttachments.reportId} in ${anonymisedReportIds(regionId)}`,
        ),
      )
      .returning({ id: reportAttachments.id });
    return rows.length;
  }

  /** Delete the e-mails to reporters of anonymised reports (they hold the address); returns how many. */
  async deleteOutboxOfTombstones(db: Db, regionId: string): Promise<number> {
    const rows = await db
      .delete(outboxEmails)
      .where(
        and(eq(outboxEmails.regionId, regionId), sql`${outboxEmails.reportId} in ${anonymisedReportIds(regionId)}`),
      )
      .returning({ id: outboxEmails.id });
    return rows.length;
  }

  /** Safety sweep: no reporter contact on closed reports whose reporter wanted no feedback. */
  async removeReporterContact(db: Db, regionId: string): Promise<number> {
    const rows = await db
      .update(reports)
      .set({ reporterName: null, reporterPhone: null, reporterEmail: null })
      .where(
        and(
          eq(reports.regionId, regionId),
          eq(reports.status, 'closed'),
          eq(reports.wantsFeedback, false),
          or(isNotNull(reports.reporterName), isNotNull(reports.reporterPhone), isNotNull(reports.reporterEmail)),
        ),
      )
      .returning({ id: reports.id });
    return rows.length;
  }

  /** Delete persons that no report and no case refers to any more; returns how many. */
  async deleteUnreferencedPersons(db: Db, regionId: string): Promise<number> {
    const rows = await db
      .delete(persons)
      .where(
        and(
          eq(persons.regionId, regionId),
          sql`not exists (select 1 from ${reports} where ${reports.personId} = ${persons.id})`,
          sql`not exists (select 1 from ${cases} where ${cases.personId} = ${persons.id})`,
        ),
      )
      .returning({ id: persons.id });
    return rows.length;
  }

  /** Delete uploads that no report claimed, created before `cutoff`; returns how many. */
  async deleteUnclaimedAttachments(db: Db, cutoff: Date): Promise<number> {
    const rows = await db
      .delete(reportAttachments)
      .where(and(isNull(reportAttachments.reportId), lt(reportAttachments.createdAt, cutoff)))
      .returning({ id: reportAttachments.id });
    return rows.length;
  }
}
