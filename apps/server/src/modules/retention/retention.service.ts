import { TZDate } from '@date-fns/tz';
import { subHours, subMonths } from 'date-fns';
import type { Db } from '../../db/client';
import { TIME_ZONE } from '../../shared/dates';
import type { AccessLogAuthor, AccessLogService } from '../access-log/access-log.service';
import type { RegionRetention, RetentionRepository } from './retention.repository';

/** What one run changed in one region; written to that region's access log. */
export interface RegionRetentionResult {
  regionId: string;
  reportMonths: number;
  caseMonths: number;
  casesAnonymised: number;
  reportsAnonymised: number;
  caseEventsCleared: number;
  attachmentsDeleted: number;
  outboxEmailsDeleted: number;
  reporterContactRemoved: number;
  personsDeleted: number;
}

/** What one run changed. */
export interface RetentionResult {
  /** Uploads no report claimed within a day (they belong to no region yet). */
  unclaimedAttachmentsDeleted: number;
  regions: RegionRetentionResult[];
}

/** How long an upload may wait for the report that claims it. */
const UNCLAIMED_UPLOAD_HOURS = 24;

/** The author of the access-log entries the retention job writes. */
function systemAuthor(regionId: string): AccessLogAuthor {
  return {
    regionId,
    userId: null,
    userName: 'system: retention',
    organisationId: null,
    organisationName: null,
    role: null,
    requestId: null,
  };
}

/** `months` calendar months before `now`, counted on the Dutch calendar. */
function monthsBefore(now: Date, months: number): Date {
  return new Date(subMonths(new TZDate(now.getTime(), TIME_ZONE), months).getTime());
}

/**
 * The AVG retention periods (ACCESS.md): reports that led to no case and closed cases are
 * reduced to anonymous tombstones after their region's period, so counts stay right while
 * nothing identifies the person or the reporter any more.
 */
export class RetentionService {
  constructor(
    private readonly db: Db,
    private readonly repository: RetentionRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Apply retention as of `now`: one transaction and one access-log entry per region. */
  async runRetention(now: Date = new Date()): Promise<RetentionResult> {
    const unclaimedAttachmentsDeleted = await this.repository.deleteUnclaimedAttachments(
      this.db,
      subHours(now, UNCLAIMED_UPLOAD_HOURS),
    );
    const results: RegionRetentionResult[] = [];
    for (const region of await this.repository.regions(this.db)) {
      results.push(await this.db.transaction((tx) => this.runRegion(tx, region, now)));
    }
    return { unclaimedAttachmentsDeleted, regions: results };
  }

  private async runRegion(tx: Db, region: RegionRetention, now: Date): Promise<RegionRetentionResult> {
    const { regionId } = region;
    const caseCutoff = monthsBefore(now, region.caseMonths);
    const reportCutoff = monthsBefore(now, region.reportMonths);
    // Order matters: cases first, so their reports follow; tombstones before what hangs off them.
    const casesAnonymised = await this.repository.anonymiseCases(tx, regionId, caseCutoff, now);
    const reportsAnonymised = await this.repository.anonymiseReports(tx, regionId, reportCutoff, now);
    const caseEventsCleared = await this.repository.clearEvents(tx, regionId);
    const attachmentsDeleted = await this.repository.deleteAttachmentsOfTombstones(tx, regionId);
    const outboxEmailsDeleted = await this.repository.deleteOutboxOfTombstones(tx, regionId);
    const reporterContactRemoved = await this.repository.removeReporterContact(tx, regionId);
    const personsDeleted = await this.repository.deleteUnreferencedPersons(tx, regionId);
    const result: RegionRetentionResult = {
      regionId,
      reportMonths: region.reportMonths,
      caseMonths: region.caseMonths,
      casesAnonymised,
      reportsAnonymised,
      caseEventsCleared,
      attachmentsDeleted,
      outboxEmailsDeleted,
      reporterContactRemoved,
      personsDeleted,
    };
    const { regionId: _regionId, ...counts } = result;
    await this.accessLog.append(tx, systemAuthor(regionId), {
      action: 'retention.run',
      subjectType: 'region',
      subjectId: regionId,
      details: {
        ...counts,
        asOf: now.toISOString(),
        reportsClosedBefore: reportCutoff.toISOString(),
        casesClosedBefore: caseCutoff.toISOString(),
      },
    });
    return result;
  }
}
