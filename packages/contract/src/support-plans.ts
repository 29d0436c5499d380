import { z } from 'zod';
import { freeText, PastDate, PlannedDate } from './primitives';
import { GOAL_STATUSES, ZRM_DOMAINS, ZRM_MAX_SCORE, ZRM_MIN_SCORE } from '@springplank/domain';
import { Id } from './common';

/** A ZRM life domain (DOMAIN.md); goals are set per domain. */
export const PlanLifeDomain = z.enum(ZRM_DOMAINS);

/** Status of a goal in a support plan. */
export { GOAL_STATUSES };
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

const text = (max: number) => freeText(max).min(1);

/** Path parameter `:personId`: a plan is addressed by its person (one plan per person). */
export const PlanPersonParams = z.object({ personId: Id });
/** Path parameters of one goal of a plan. */
export const GoalParams = z.object({ personId: Id, goalId: Id });

/** A user who may coordinate a person's plan: the access team, or the provider the person is placed with. */
export const PlanCoordinator = z.object({ userId: Id, name: z.string(), organisationName: z.string() });
export type PlanCoordinator = z.infer<typeof PlanCoordinator>;

/** One line of the plan list. */
export const SupportPlanSummary = z.object({
  personId: Id,
  personName: z.string(),
  coordinator: PlanCoordinator,
  openGoals: z.number().int(),
  lastAssessedOn: z.iso.date().nullable(),
  lastReviewedOn: z.iso.date().nullable(),
});
export type SupportPlanSummary = z.infer<typeof SupportPlanSummary>;

/** A person a plan can still be started for (an open stay, no plan yet). */
export const PlanCandidate = z.object({ personId: Id, personName: z.string(), service: z.string() });
export type PlanCandidate = z.infer<typeof PlanCandidate>;

export const SupportPlanList = z.object({ items: z.array(SupportPlanSummary), candidates: z.array(PlanCandidate) });
export type SupportPlanList = z.infer<typeof SupportPlanList>;

export const PlanGoal = z.object({
  id: Id,
  lifeDomain: PlanLifeDomain,
  description: z.string(),
  status: GoalStatus,
  targetOn: z.iso.date().nullable(),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const PlanReview = z.object({
  id: Id,
  reviewedOn: z.iso.date(),
  summary: z.string(),
  reviewedBy: z.string().nullable(),
});
export type PlanReview = z.infer<typeof PlanReview>;

/** Scores per domain, 1–5. Only names and scores: never the licensed level descriptions. */
export const PlanZrmScores = z.record(PlanLifeDomain, z.number().int().min(ZRM_MIN_SCORE).max(ZRM_MAX_SCORE));

export const PlanZrmAssessment = z.object({
  id: Id,
  assessedOn: z.iso.date(),
  scores: z.partialRecord(PlanLifeDomain, z.number().int()),
});
export type PlanZrmAssessment = z.infer<typeof PlanZrmAssessment>;

/** A person's plan as coordinator, access team and placing provider see it. */
export const SupportPlanDetail = z.object({
  personId: Id,
  personName: z.string(),
  birthDate: z.iso.date().nullable(),
  coordinator: PlanCoordinator,
  coordinatorOptions: z.array(PlanCoordinator),
  goals: z.array(PlanGoal),
  reviews: z.array(PlanReview),
  assessments: z.array(PlanZrmAssessment),
  createdAt: z.iso.datetime(),
});
export type SupportPlanDetail = z.infer<typeof SupportPlanDetail>;

/** Start a person's plan; the coordinator defaults to the user starting it. */
export const CreateSupportPlanRequest = z.object({ personId: Id, coordinatorUserId: Id.optional() });
export type CreateSupportPlanRequest = z.infer<typeof CreateSupportPlanRequest>;

export const ChangeCoordinatorRequest = z.object({ coordinatorUserId: Id });
export type ChangeCoordinatorRequest = z.infer<typeof ChangeCoordinatorRequest>;

export const AddGoalRequest = z.object({
  lifeDomain: PlanLifeDomain,
  description: text(1000),
  targetOn: PlannedDate.nullable().default(null),
});
export type AddGoalRequest = z.input<typeof AddGoalRequest>;

export const UpdateGoalRequest = z
  .object({
    status: GoalStatus.optional(),
    description: text(1000).optional(),
    targetOn: PlannedDate.nullable().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    params: { code: 'nothing_to_change' },
  });
export type UpdateGoalRequest = z.infer<typeof UpdateGoalRequest>;

export const AddReviewRequest = z.object({ reviewedOn: PastDate, summary: text(4000) });
export type AddReviewRequest = z.infer<typeof AddReviewRequest>;

/** A periodic ZRM assessment: a score for every one of the 13 domains. */
export const AddPlanZrmAssessmentRequest = z.object({
  assessedOn: PastDate,
  // An enum-keyed record is exhaustive: every one of the 13 domains must have a score.
  scores: PlanZrmScores,
});
export type AddPlanZrmAssessmentRequest = z.infer<typeof AddPlanZrmAssessmentRequest>;
