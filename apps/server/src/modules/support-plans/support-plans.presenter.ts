import type {
  PlanCoordinator,
  PlanGoal,
  PlanReview,
  PlanZrmAssessment,
  SupportPlanDetail,
  SupportPlanSummary,
} from '@springplank/contract';
import { ZRM_DOMAINS, type ZrmDomain } from '@springplank/domain';
import type { ZrmAssessmentRow } from '../access/zrm.repository';
import type { GoalRow, PlanRow, ReviewRow } from './support-plans.repository';

/** Shown when the person's name is not known. */
export const UNKNOWN_NAME = 'Naam onbekend';

function coordinatorOf(row: PlanRow): PlanCoordinator {
  return {
    userId: row.coordinatorUserId,
    name: row.coordinatorName,
    organisationName: row.coordinatorOrganisationName,
  };
}

function isZrmDomain(value: string): value is ZrmDomain {
  return (ZRM_DOMAINS as readonly string[]).includes(value);
}

/** One line of the plan list. */
export function presentSummary(row: PlanRow): SupportPlanSummary {
  return {
    personId: row.personId,
    personName: row.personName || UNKNOWN_NAME,
    coordinator: coordinatorOf(row),
    openGoals: row.openGoals,
    lastAssessedOn: row.lastAssessedOn,
    lastReviewedOn: row.lastReviewedOn,
  };
}

/** A goal; a life domain outside the ZRM list (imported data) is not shown as one. */
function presentGoal(row: GoalRow & { lifeDomain: ZrmDomain }): PlanGoal {
  return {
    id: row.id,
    lifeDomain: row.lifeDomain,
    description: row.description,
    status: row.status,
    targetOn: row.targetOn,
  };
}

/** An assessment: domain names and scores, nothing else. */
export function presentAssessment(row: ZrmAssessmentRow): PlanZrmAssessment {
  return { id: row.id, assessedOn: row.assessedOn, scores: row.scores };
}

/** A person's plan with goals, reviews, ZRM assessments and who may coordinate it. */
export function presentDetail(
  row: PlanRow,
  parts: { goals: GoalRow[]; reviews: ReviewRow[]; assessments: ZrmAssessmentRow[]; options: PlanCoordinator[] },
): SupportPlanDetail {
  return {
    personId: row.personId,
    personName: row.personName || UNKNOWN_NAME,
    birthDate: row.birthDate,
    coordinator: coordinatorOf(row),
    coordinatorOptions: parts.options,
    goals: parts.goals
      .filter((goal): goal is GoalRow & { lifeDomain: ZrmDomain } => isZrmDomain(goal.lifeDomain))
      .map(presentGoal),
    reviews: parts.reviews.map((review): PlanReview => ({
      id: review.id,
      reviewedOn: review.reviewedOn,
      summary: review.summary,
      reviewedBy: review.reviewedBy,
    })),
    assessments: parts.assessments.map(presentAssessment),
    createdAt: row.createdAt.toISOString(),
  };
}
