import type {
  AddGoalRequest,
  AddPlanZrmAssessmentRequest,
  AddReviewRequest,
  CreateSupportPlanRequest,
  SupportPlanDetail,
  SupportPlanList,
  UpdateGoalRequest,
} from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { ZrmRepository } from '../access/zrm.repository';
import type { AccessLogService } from '../access-log/access-log.service';
import type { PersonAccessRepository } from '../person-access/person-access.repository';
import { planScope, type PlanScope } from './support-plans.policy';
import { presentDetail, presentSummary, UNKNOWN_NAME } from './support-plans.presenter';
import type { SupportPlansRepository } from './support-plans.repository';

/** A goal as the route hands it over, after the contract's defaults are applied. */
type AddGoalInput = z.output<typeof AddGoalRequest>;

function notInFuture(date: string, today: string, path: string): void {
  if (date > today) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path, code: 'date_in_future' }]);
  }
}

/**
 * Support plans: "1 plan, 1 regisseur". The access team sees the region's plans; provider
 * staff only those of persons offered to or placed with their organisation. Every read and
 * change is logged in the same transaction.
 */
export class SupportPlansService {
  constructor(
    private readonly db: Db,
    private readonly repository: SupportPlansRepository,
    private readonly zrm: ZrmRepository,
    private readonly personAccess: PersonAccessRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The plans the actor may see, and the persons a plan can still be started for. */
  async list(ctx: ActorContext): Promise<SupportPlanList> {
    const scope = planScope(ctx);
    return this.db.transaction(async (tx) => {
      const rows = [];
      for (const row of await this.repository.list(tx, scope.regionId)) {
        if (await this.maySee(tx, scope, row.personId)) rows.push(row);
      }
      const candidates = await this.repository.candidates(tx, scope.regionId, scope.providerOrganisationId);
      await this.accessLog.recordShown(tx, ctx, { action: 'support_plan.list', subjectType: 'support_plan' }, [
        ...rows.map((row) => ({ personId: row.personId })),
        ...candidates.map((c) => ({ personId: c.personId })),
      ]);
      return {
        items: rows.map(presentSummary),
        candidates: candidates.map((c) => ({
          personId: c.personId,
          personName: c.personName || UNKNOWN_NAME,
          service: c.service,
        })),
      };
    });
  }

  /** One person's plan; NOT_FOUND when there is none or the actor may not see the person. */
  async detail(ctx: ActorContext, personId: string): Promise<SupportPlanDetail> {
    const scope = planScope(ctx);
    return this.db.transaction(async (tx) => {
      const detail = await this.load(tx, scope, personId);
      await this.accessLog.record(tx, ctx, { action: 'support_plan.read', subjectType: 'support_plan', personId });
      return detail;
    });
  }

  /** Start a person's plan (one per person); the coordinator defaults to the actor. */
  async create(ctx: ActorContext, input: CreateSupportPlanRequest): Promise<SupportPlanDetail> {
    const scope = planScope(ctx);
    return this.db.transaction(async (tx) => {
      if (!(await this.repository.personExists(tx, scope.regionId, input.personId))) throw new AppError('NOT_FOUND');
      if (!(await this.maySee(tx, scope, input.personId))) throw new AppError('NOT_FOUND');
      if (await this.repository.lock(tx, scope.regionId, input.personId)) throw new AppError('PLAN_EXISTS');
      const coordinator = await this.coordinator(
        tx,
        scope,
        input.personId,
        input.coordinatorUserId ?? ctx.actor.userId,
      );
      await this.repository.insert(tx, {
        regionId: scope.regionId,
        personId: input.personId,
        coordinatorUserId: coordinator.userId,
        coordinatorOrganisationId: coordinator.organisationId,
      });
      await this.accessLog.record(tx, ctx, {
        action: 'support_plan.create',
        subjectType: 'support_plan',
        personId: input.personId,
        details: { coordinatorUserId: coordinator.userId },
      });
      return this.load(tx, scope, input.personId);
    });
  }

  /** Hand the plan to another coordinator of the access team or the placing provider. */
  async changeCoordinator(ctx: ActorContext, personId: string, coordinatorUserId: string): Promise<SupportPlanDetail> {
    return this.change(ctx, personId, 'support_plan.coordinator', async (tx, scope, planId) => {
      const coordinator = await this.coordinator(tx, scope, personId, coordinatorUserId);
      await this.repository.setCoordinator(tx, planId, coordinator.userId, coordinator.organisationId);
      return { coordinatorUserId };
    });
  }

  /** Add a goal for a life domain. */
  async addGoal(ctx: ActorContext, personId: string, goal: AddGoalInput): Promise<SupportPlanDetail> {
    return this.change(ctx, personId, 'support_plan.goal.add', async (tx, scope, planId) => {
      await this.repository.insertGoal(tx, {
        regionId: scope.regionId,
        planId,
        lifeDomain: goal.lifeDomain,
        description: goal.description,
        targetOn: goal.targetOn,
      });
      return { lifeDomain: goal.lifeDomain };
    });
  }

  /** Change a goal's status, description or target date. */
  async updateGoal(
    ctx: ActorContext,
    personId: string,
    goalId: string,
    input: UpdateGoalRequest,
  ): Promise<SupportPlanDetail> {
    return this.change(ctx, personId, 'support_plan.goal.update', async (tx, _scope, planId) => {
      if (!(await this.repository.updateGoal(tx, planId, goalId, input))) throw new AppError('NOT_FOUND');
      return { goalId, status: input.status ?? null };
    });
  }

  /** Record a review of the plan (date and summary). */
  async addReview(ctx: ActorContext, personId: string, input: AddReviewRequest): Promise<SupportPlanDetail> {
    notInFuture(input.reviewedOn, dutchDateOf(this.now()), 'reviewedOn');
    return this.change(ctx, personId, 'support_plan.review.add', async (tx, scope, planId) => {
      await this.repository.insertReview(tx, {
        regionId: scope.regionId,
        planId,
        reviewedOn: input.reviewedOn,
        summary: input.summary,
        reviewedByUserId: ctx.actor.userId,
      });
      return { reviewedOn: input.reviewedOn };
    });
  }

  /** Record a periodic ZRM assessment: a score 1–5 for each of the 13 domains. */
  async addAssessment(
    ctx: ActorContext,
    personId: string,
    input: AddPlanZrmAssessmentRequest,
  ): Promise<SupportPlanDetail> {
    notInFuture(input.assessedOn, dutchDateOf(this.now()), 'assessedOn');
    return this.change(ctx, personId, 'zrm.assessment.add', async (tx, scope) => {
      const { id } = await this.zrm.insertAssessment(tx, {
        regionId: scope.regionId,
        personId,
        applicationId: null,
        assessedOn: input.assessedOn,
        assessedByUserId: ctx.actor.userId,
        scores: input.scores,
      });
      return { assessmentId: id, assessedOn: input.assessedOn };
    });
  }

  /** Lock the plan in scope, apply the change, log it and return the fresh plan. */
  private async change(
    ctx: ActorContext,
    personId: string,
    action: string,
    apply: (tx: Db, scope: PlanScope, planId: string) => Promise<Record<string, unknown>>,
  ): Promise<SupportPlanDetail> {
    const scope = planScope(ctx);
    return this.db.transaction(async (tx) => {
      if (!(await this.maySee(tx, scope, personId))) throw new AppError('NOT_FOUND');
      const planId = await this.repository.lock(tx, scope.regionId, personId);
      if (!planId) throw new AppError('NOT_FOUND');
      const details = await apply(tx, scope, planId);
      await this.accessLog.record(tx, ctx, {
        action,
        subjectType: 'support_plan',
        subjectId: planId,
        personId,
        details,
      });
      return this.load(tx, scope, personId);
    });
  }

  /** A valid coordinator for the person, or a Dutch 400. */
  private async coordinator(tx: Db, scope: PlanScope, personId: string, userId: string) {
    const options = await this.repository.coordinatorOptions(tx, scope.regionId, personId);
    const chosen = options.find((option) => option.userId === userId);
    if (!chosen) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'coordinatorUserId', code: 'coordinator_not_allowed' }]);
    }
    return chosen;
  }

  private async maySee(tx: Db, scope: PlanScope, personId: string): Promise<boolean> {
    if (scope.providerOrganisationId === null) return true;
    return this.personAccess.providerMaySee(tx, scope.regionId, scope.providerOrganisationId, personId);
  }

  /** The plan within the scope (NOT_FOUND outside it, so its existence is not revealed); not logged. */
  private async load(tx: Db, scope: PlanScope, personId: string): Promise<SupportPlanDetail> {
    if (!(await this.maySee(tx, scope, personId)))
      throw AppError.refusedRead('support_plan.read', 'support_plan', personId);
    const row = await this.repository.find(tx, scope.regionId, personId);
    if (!row) throw new AppError('NOT_FOUND');
    const options = await this.repository.coordinatorOptions(tx, scope.regionId, personId);
    return presentDetail(row, {
      goals: await this.repository.goals(tx, row.id),
      reviews: await this.repository.reviews(tx, row.id),
      assessments: await this.zrm.listForPerson(tx, scope.regionId, personId),
      options: options.map(({ userId, name, organisationName }) => ({ userId, name, organisationName })),
    });
  }
}
