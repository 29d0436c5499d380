import type {
  DuplicateReason,
  DuplicateSuggestions,
  PersonList,
  PersonSearchQuery,
  ReportDetail,
  TriageQueue,
  TriageQueueQuery,
} from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonsRepository } from './persons.repository';
import { presentPerson, presentQueueItem, presentReportDetail, routingAreaOf } from './triage.presenter';
import type { TriageRepository } from './triage.repository';

/** The meldpunt's reading side: queue, one report, likely duplicates, files, persons. */
export class TriageService {
  constructor(
    private readonly db: Db,
    private readonly repository: TriageRepository,
    private readonly persons: PersonsRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The triage queue: acute first, then by deadline; counts of new, due today, overdue. */
  async queue(ctx: ActorContext, query: TriageQueueQuery): Promise<TriageQueue> {
    const today = dutchDateOf(this.now());
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.repository.queue(tx, ctx.actor.regionId, query.status, {
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const counts = await this.repository.newCounts(tx, ctx.actor.regionId, today);
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'report.list', subjectType: 'report', details: { status: query.status } },
        rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      return { items: rows.map((row) => presentQueueItem(row, today)), total, counts };
    });
  }

  /** One report with everything the meldpunt needs to triage it. */
  async detail(ctx: ActorContext, id: string): Promise<ReportDetail> {
    return this.db.transaction(async (tx) => {
      const detail = await this.load(tx, ctx, id);
      await this.accessLog.record(tx, ctx, {
        action: 'report.read',
        subjectType: 'report',
        subjectId: id,
        personId: detail.person?.id ?? null,
      });
      return detail;
    });
  }

  /** Likely duplicates: known persons (with their open cases) and related reports. */
  async duplicates(ctx: ActorContext, id: string): Promise<DuplicateSuggestions> {
    return this.db.transaction(async (tx) => {
      const report = await this.repository.find(tx, ctx.actor.regionId, id);
      if (!report) throw new AppError('NOT_FOUND');
      const linked = report.personId ? await this.persons.find(tx, ctx.actor.regionId, report.personId) : null;
      const persons = await this.persons.likelyMatches(tx, ctx.actor.regionId, {
        name: report.subjectName,
        address: report.subjectAddress ?? report.locationAddress,
        linked,
      });
      const openCases = await this.repository.openCasesOfPersons(
        tx,
        ctx.actor.regionId,
        persons.map((p) => p.id),
      );
      const similar = await this.repository.similarReports(tx, report);
      await this.accessLog.recordShown(
        tx,
        ctx,
        {
          action: 'report.duplicates',
          subjectType: 'report',
          subjectId: id,
          details: { reports: similar.map((r) => r.id) },
        },
        persons.map((p) => ({ personId: p.id })),
      );
      return {
        persons: persons.map(({ reasons, ...person }) => ({
          person: presentPerson(person),
          reasons: reasons as DuplicateReason[],
          openCases: openCases
            .filter((c) => c.personId === person.id)
            .map(({ id: caseId, reference, teamName }) => ({ id: caseId, reference, teamName })),
        })),
        reports: similar.map((r) => ({
          id: r.id,
          reference: r.reference,
          receivedAt: r.receivedAt.toISOString(),
          status: r.status,
          subjectName: r.subjectName,
          caseId: r.caseId,
          reasons: [
            r.samePerson && 'same_person',
            r.sameAddress && 'address',
            r.sameReporter && 'same_reporter',
          ].filter((x): x is DuplicateReason => Boolean(x)),
        })),
      };
    });
  }

  /** One attached file of a report. */
  async attachment(ctx: ActorContext, reportId: string, attachmentId: string) {
    return this.db.transaction(async (tx) => {
      const file = await this.repository.attachment(tx, ctx.actor.regionId, reportId, attachmentId);
      if (!file) throw new AppError('NOT_FOUND');
      await this.accessLog.record(tx, ctx, {
        action: 'report.attachment_read',
        subjectType: 'report',
        subjectId: reportId,
        details: { attachmentId },
      });
      return file;
    });
  }

  /** Search persons of the region to link a report to. */
  async searchPersons(ctx: ActorContext, query: PersonSearchQuery): Promise<PersonList> {
    if (!query.q && !query.bsn && !query.birthDate) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'q', code: 'search_query_required' }]);
    }
    return this.db.transaction(async (tx) => {
      const rows = await this.persons.search(tx, ctx.actor.regionId, query);
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'person.search', subjectType: 'person', details: { byBsn: Boolean(query.bsn) } },
        rows.map((row) => ({ personId: row.id, subjectId: row.id })),
      );
      return { items: rows.map(presentPerson) };
    });
  }

  /** The detail of a report, without logging (callers log what they did). */
  async load(db: Db, ctx: ActorContext, id: string): Promise<ReportDetail> {
    const row = await this.repository.find(db, ctx.actor.regionId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const person = row.personId ? await this.persons.find(db, ctx.actor.regionId, row.personId) : null;
    const linkedCase = row.caseId ? await this.repository.caseOf(db, ctx.actor.regionId, row.caseId) : null;
    const area = routingAreaOf(row, person);
    const suggestedTeam = await this.repository.ruleTeam(db, ctx.actor.regionId, area.municipalityId, area.district);
    return presentReportDetail(row, dutchDateOf(this.now()), {
      person: person ? presentPerson(person) : null,
      case: linkedCase
        ? {
            id: linkedCase.id,
            reference: linkedCase.reference,
            teamName: linkedCase.teamName,
            status: linkedCase.status,
          }
        : null,
      suggestedTeam,
      attachments: await this.repository.attachments(db, row.id),
      history: await this.repository.history(db, row.id),
    });
  }
}
