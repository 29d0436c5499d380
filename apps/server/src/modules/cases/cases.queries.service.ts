import type { CaseDetail, CaseQueue, CaseQueueQuery, CasesOverview } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import type { CasesOverviewRepository } from './cases.overview.repository';
import { caseScope, type CaseScope } from './cases.policy';
import { presentDetail, presentQueueItem } from './cases.presenter';
import type { CasesRepository } from './cases.repository';

/** Reading cases: the team queue, the overview counts and one case. Every read of a case is logged. */
export class CaseQueriesService {
  constructor(
    private readonly db: Db,
    private readonly repository: CasesRepository,
    private readonly overviewRepository: CasesOverviewRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** One page of the queue: an outreach worker's own team, or any team of the region for the meldpunt. */
  async queue(ctx: ActorContext, query: CaseQueueQuery): Promise<CaseQueue> {
    const scope = caseScope(ctx, 'read');
    const today = dutchDateOf(this.now());
    const { page, pageSize } = query;
    return this.db.transaction(async (tx) => {
      const { rows, total } = await this.repository.queue(
        tx,
        scope,
        { status: query.status, assigned: query.assigned, teamId: query.teamId, userId: ctx.actor.userId },
        today,
        { offset: (page - 1) * pageSize, limit: pageSize },
      );
      await this.accessLog.recordShown(
        tx,
        ctx,
        {
          action: 'case.list',
          subjectType: 'case',
          details: { total, status: query.status, assigned: query.assigned },
        },
        rows.map((row) => ({ personId: row.personId, subjectId: row.id })),
      );
      return { items: rows.map((row) => presentQueueItem(row, today)), total };
    });
  }

  /**
   * Counts per team (open, unassigned, and first-contact deadlines of cases still waiting for
   * a first attempt), plus the triage queue's counts for the meldpunt. Aggregates only.
   */
  async overview(ctx: ActorContext): Promise<CasesOverview> {
    const scope = caseScope(ctx, 'read');
    const today = dutchDateOf(this.now());
    const [teams, load, deadlines, triage] = await this.db.transaction(async (tx) => [
      await this.overviewRepository.teams(tx, scope),
      await this.overviewRepository.load(tx, scope),
      await this.overviewRepository.deadlines(tx, scope, today),
      scope.teamId ? null : await this.overviewRepository.triage(tx, scope.regionId, today),
    ]);
    const loadOf = new Map(load.map((row) => [row.teamId, row]));
    const deadlinesOf = new Map(deadlines.map((row) => [row.teamId, row]));
    return {
      teams: teams.map((team) => ({
        teamId: team.id,
        teamName: team.name,
        open: loadOf.get(team.id)?.open ?? 0,
        unassigned: loadOf.get(team.id)?.unassigned ?? 0,
        onTime: deadlinesOf.get(team.id)?.onTime ?? 0,
        dueToday: deadlinesOf.get(team.id)?.dueToday ?? 0,
        overdue: deadlinesOf.get(team.id)?.overdue ?? 0,
      })),
      triage,
    };
  }

  /** One case with its person, reports, timeline and team; logged as `case.read`. */
  async detail(ctx: ActorContext, id: string): Promise<CaseDetail> {
    const scope = caseScope(ctx, 'read');
    return this.db.transaction(async (tx) => {
      const detail = await this.load(tx, scope, id);
      await this.accessLog.record(tx, ctx, {
        action: 'case.read',
        subjectType: 'case',
        subjectId: id,
        personId: detail.person?.id ?? null,
      });
      return detail;
    });
  }

  /** Load a case within the scope (NOT_FOUND outside it, so its existence is not revealed); not logged. */
  async load(db: Db, scope: CaseScope, id: string): Promise<CaseDetail> {
    const row = await this.repository.find(db, scope, id);
    if (!row) throw AppError.refusedRead('case.read', 'case', id);
    const [reports, timeline, teamMembers] = [
      await this.repository.reportsOf(db, id),
      await this.repository.timeline(db, id),
      await this.repository.teamMembers(db, scope.regionId, row.teamId),
    ];
    return presentDetail(row, { reports, timeline, teamMembers }, dutchDateOf(this.now()));
  }
}
