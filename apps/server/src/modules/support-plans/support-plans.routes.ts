import {
  AddGoalRequest,
  AddPlanZrmAssessmentRequest,
  AddReviewRequest,
  ChangeCoordinatorRequest,
  CreateSupportPlanRequest,
  ErrorResponse,
  GoalParams,
  PlanPersonParams,
  SupportPlanDetail,
  SupportPlanList,
  UpdateGoalRequest,
} from '@springplank/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContext } from '../../http/request-context';
import { supportPlansPolicy } from './support-plans.policy';
import type { SupportPlansService } from './support-plans.service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['support-plans'];
const config = { policy: supportPlansPolicy.use };

/** HTTP routes for support plans: goals, reviews, ZRM assessments and the coordinator. */
export function supportPlansRoutes(service: SupportPlansService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/support-plans',
      {
        config,
        schema: {
          tags,
          summary: 'Plans the user may see (access: the region; provider: own persons) and persons without a plan',
          response: { 200: SupportPlanList, ...errors },
        },
      },
      (request) => service.list(actorContext(request)),
    );

    app.post(
      '/support-plans',
      {
        config,
        schema: {
          tags,
          summary: 'Start the one plan of a person, with one coordinator',
          body: CreateSupportPlanRequest,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) => service.create(actorContext(request), request.body),
    );

    app.get(
      '/support-plans/:personId',
      {
        config,
        schema: {
          tags,
          summary: "A person's plan: coordinator, goals, reviews, ZRM scores over time",
          params: PlanPersonParams,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) => service.detail(actorContext(request), request.params.personId),
    );

    app.put(
      '/support-plans/:personId/coordinator',
      {
        config,
        schema: {
          tags,
          summary: 'Hand the plan to another coordinator (access team or placing provider)',
          params: PlanPersonParams,
          body: ChangeCoordinatorRequest,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) =>
        service.changeCoordinator(actorContext(request), request.params.personId, request.body.coordinatorUserId),
    );

    app.post(
      '/support-plans/:personId/goals',
      {
        config,
        schema: {
          tags,
          summary: 'Add a goal for a life domain',
          params: PlanPersonParams,
          body: AddGoalRequest,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) => service.addGoal(actorContext(request), request.params.personId, request.body),
    );

    app.patch(
      '/support-plans/:personId/goals/:goalId',
      {
        config,
        schema: {
          tags,
          summary: "Change a goal's status, description or target date",
          params: GoalParams,
          body: UpdateGoalRequest,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) =>
        service.updateGoal(actorContext(request), request.params.personId, request.params.goalId, request.body),
    );

    app.post(
      '/support-plans/:personId/reviews',
      {
        config,
        schema: {
          tags,
          summary: 'Record a review of the plan',
          params: PlanPersonParams,
          body: AddReviewRequest,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) => service.addReview(actorContext(request), request.params.personId, request.body),
    );

    app.post(
      '/support-plans/:personId/zrm-assessments',
      {
        config,
        schema: {
          tags,
          summary: 'Record a periodic ZRM assessment (13 domains, scores 1–5; names and scores only)',
          params: PlanPersonParams,
          body: AddPlanZrmAssessmentRequest,
          response: { 200: SupportPlanDetail, ...errors },
        },
      },
      (request) => service.addAssessment(actorContext(request), request.params.personId, request.body),
    );
  };
}
