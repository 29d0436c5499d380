import type {
  CloseReportRequest,
  LinkPersonRequest,
  MergeReportRequest,
  ReportDetail,
  RouteReportRequest,
  UpdateTriageRequest,
} from '@springplank/contract';
import { dutchDateOf, firstContactDueOn, triageDueOn } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { OutboxService } from '../outbox/outbox.service';
import type { RegionsService } from '../regions/regions.service';
import { loadDeadlineRules } from '../reports/intake.service';
import { newReference } from '../reports/report-tokens';
import type { ReportsRepository } from '../reports/reports.repository';
import type { PersonsRepository } from './persons.repository';
import { routingAreaOf } from './triage.presenter';
import type { TriageRepository } from './triage.repository';
import type { TriageService } from './triage.service';

type ReportRow = NonNullable<Awaited<ReturnType<TriageRepository['lock']>>>;

/** The meldpunt's changes: urgency and categories, linking a person, routing, merging, closing. */
export class RoutingService {
  constructor(
    private readonly db: Db,
    private readonly repository: TriageRepository,
    private readonly persons: PersonsRepository,
    private readonly reports: ReportsRepository,
    private readonly regions: RegionsService,
    private readonly triage: TriageService,
    private readonly outbox: OutboxService,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Set urgency and/or categories; a new urgency moves the triage deadline. */
  async update(ctx: ActorContext, id: string, input: UpdateTriageRequest): Promise<ReportDetail> {
    return this.change(ctx, id, 'report.update', async (tx, report) => {
      const patch: { urgency?: ReportRow['urgency']; categories?: string[]; triageDueOn?: string } = {};
      if (input.categories) patch.categories = [...new Set(input.categories)];
      if (input.urgency && input.urgency !== report.urgency) {
        const rules = await loadDeadlineRules(tx, this.reports, report.regionId);
        patch.urgency = input.urgency;
        patch.triageDueOn = triageDueOn(dutchDateOf(report.receivedAt), input.urgency, rules);
      }
      // The same urgency again changes nothing in the row, but the triage is still recorded.
      if (Object.keys(patch).length > 0) await this.repository.update(tx, id, patch);
      await this.event(tx, ctx, report, 'triaged', { ...input });
      return { details: { ...input } };
    });
  }

  /** Link the report to a known person, or to a person created now. */
  async linkPerson(ctx: ActorContext, id: string, input: LinkPersonRequest): Promise<ReportDetail> {
    return this.change(ctx, id, 'report.link_person', async (tx, report) => {
      let personId: string;
      if ('personId' in input) {
        const person = await this.persons.find(tx, ctx.actor.regionId, input.personId);
        if (!person) throw new AppError('NOT_FOUND');
        personId = person.id;
      } else {
        // The BSN is unique per region: answer 409 as the access module does, not a 500 from the index.
        if (input.create.bsn && (await this.persons.bsnTaken(tx, ctx.actor.regionId, input.create.bsn))) {
          throw new AppError('PERSON_BSN_EXISTS');
        }
        const [municipalityId] = input.create.municipalityCode
          ? await this.regions.resolveMunicipalities(tx, ctx.actor.regionId, [input.create.municipalityCode])
          : [report.municipalityId];
        personId = await this.persons.insert(tx, {
          regionId: ctx.actor.regionId,
          bsn: input.create.bsn ?? null,
          givenName: input.create.givenName ?? null,
          familyName: input.create.familyName ?? null,
          birthDate: input.create.birthDate ?? null,
          address: input.create.address ?? null,
          municipalityId: municipalityId ?? null,
          district: input.create.district ?? report.district,
        });
      }
      await this.repository.update(tx, id, { personId });
      await this.event(tx, ctx, report, 'person_linked', { personId, created: !('personId' in input) });
      return { personId, details: { created: !('personId' in input) } };
    });
  }

  /**
   * Route to the team of the routing rule (or another team, with a reason): opens a case,
   * or joins the person's open case with that team, and stores the first-contact deadline.
   */
  async route(ctx: ActorContext, id: string, input: RouteReportRequest): Promise<ReportDetail> {
    return this.change(ctx, id, 'report.route', async (tx, report) => {
      this.requireNew(report);
      const person = report.personId ? await this.persons.find(tx, report.regionId, report.personId) : null;
      const area = routingAreaOf(report, person);
      const suggested = await this.repository.ruleTeam(tx, report.regionId, area.municipalityId, area.district);
      const teamId = input.teamId ?? suggested?.id;
      if (!teamId) throw new AppError('NO_ROUTING_RULE');
      const override = teamId !== suggested?.id;
      if (override && !input.reason) throw new AppError('ROUTING_REASON_REQUIRED');
      const team = await this.repository.outreachTeam(tx, report.regionId, teamId);
      if (!team) {
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'teamId', code: 'not_in_region' }]);
      }
      const now = this.now();
      const existing = report.personId
        ? await this.repository.openCaseOf(tx, report.regionId, report.personId, team.id)
        : null;
      const rules = await loadDeadlineRules(tx, this.reports, report.regionId);
      const caseId =
        existing?.id ??
        (await this.repository.insertCase(tx, {
          regionId: report.regionId,
          reference: newReference('C'),
          personId: report.personId,
          teamId: team.id,
          urgency: report.urgency,
          openedAt: now,
          firstContactDueOn: firstContactDueOn(dutchDateOf(now), report.urgency, rules),
        }));
      await this.repository.update(tx, id, { status: 'routed', routedAt: now, caseId });
      const details = {
        teamId: team.id,
        teamName: team.name,
        suggestedTeamId: suggested?.id ?? null,
        override,
        reason: input.reason ?? null,
        joinedExistingCase: Boolean(existing),
      };
      await this.event(tx, ctx, report, 'routed', details, caseId);
      await this.outbox.phaseChanged(tx, report, 'in_follow_up');
      return { details };
    });
  }

  /** Merge a duplicate report into an open case; the report keeps its own history. */
  async merge(ctx: ActorContext, id: string, input: MergeReportRequest): Promise<ReportDetail> {
    return this.change(ctx, id, 'report.merge', async (tx, report) => {
      this.requireNew(report);
      const target = await this.repository.caseOf(tx, report.regionId, input.caseId);
      if (!target) throw new AppError('NOT_FOUND');
      if (target.status !== 'open') throw new AppError('INVALID_STATE');
      await this.repository.update(tx, id, {
        status: 'merged',
        routedAt: this.now(),
        caseId: target.id,
        personId: report.personId ?? target.personId,
      });
      const details = { caseId: target.id, caseReference: target.reference };
      await this.event(tx, ctx, report, 'merged', details, target.id);
      await this.outbox.phaseChanged(tx, report, 'in_follow_up');
      return { details };
    });
  }

  /** Close a report without follow-up; reporter contact is removed unless feedback was asked. */
  async close(ctx: ActorContext, id: string, input: CloseReportRequest): Promise<ReportDetail> {
    return this.change(ctx, id, 'report.close', async (tx, report) => {
      this.requireNew(report);
      await this.repository.update(tx, id, {
        status: 'closed',
        closedAt: this.now(),
        ...(report.wantsFeedback ? {} : { reporterName: null, reporterPhone: null, reporterEmail: null }),
      });
      await this.event(tx, ctx, report, 'closed_without_case', { reason: input.reason });
      await this.outbox.phaseChanged(tx, report, 'closed');
      return { details: { reason: input.reason } };
    });
  }

  /** Lock the report, apply a change, log it, and return the fresh detail, in one transaction. */
  private async change(
    ctx: ActorContext,
    id: string,
    action: string,
    apply: (tx: Db, report: ReportRow) => Promise<{ personId?: string; details: Record<string, unknown> }>,
  ): Promise<ReportDetail> {
    return this.db.transaction(async (tx) => {
      const report = await this.repository.lock(tx, ctx.actor.regionId, id);
      if (!report) throw new AppError('NOT_FOUND');
      const { personId, details } = await apply(tx, report);
      await this.accessLog.record(tx, ctx, {
        action,
        subjectType: 'report',
        subjectId: id,
        personId: personId ?? report.personId,
        details,
      });
      return this.triage.load(tx, ctx, id);
    });
  }

  private requireNew(report: ReportRow): void {
    if (report.status !== 'new') throw new AppError('INVALID_STATE');
  }

  private event(
    tx: Db,
    ctx: ActorContext,
    report: ReportRow,
    kind: string,
    details: Record<string, unknown>,
    caseId?: string,
  ) {
    return this.repository.addEvent(tx, {
      regionId: report.regionId,
      reportId: report.id,
      caseId: caseId ?? report.caseId,
      userId: ctx.actor.userId,
      kind,
      details,
      occurredAt: this.now(),
    });
  }
}
