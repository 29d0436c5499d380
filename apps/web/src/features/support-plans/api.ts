import type {
  AddGoalRequest,
  AddPlanZrmAssessmentRequest,
  AddReviewRequest,
  SupportPlanDetail,
  SupportPlanList,
  UpdateGoalRequest,
} from '@springplank/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { planKeys } from '../../shared/api/queryKeys';

/** The plans the user may see, and the persons a plan can be started for. */
export function usePlans() {
  return useQuery({ queryKey: planKeys.list, queryFn: () => api.get<SupportPlanList>('/support-plans') });
}

/** One person's plan. */
export function usePlan(personId: string) {
  return useQuery({
    queryKey: planKeys.detail(personId),
    queryFn: () => api.get<SupportPlanDetail>(`/support-plans/${personId}`),
  });
}

/** Store the fresh plan and refresh the list in the background. */
function usePlanSaved() {
  const queryClient = useQueryClient();
  return (plan: SupportPlanDetail) => {
    queryClient.setQueryData(planKeys.detail(plan.personId), plan);
    void queryClient.invalidateQueries({ queryKey: planKeys.list });
  };
}

/** Start a person's plan; the user becomes coordinator. */
export function useStartPlan() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (personId: string) => api.post<SupportPlanDetail>('/support-plans', { personId }),
    onSuccess: saved,
  });
}

/** Hand the plan to another coordinator. */
export function useChangeCoordinator(personId: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (coordinatorUserId: string) =>
      api.put<SupportPlanDetail>(`/support-plans/${personId}/coordinator`, { coordinatorUserId }),
    onSuccess: saved,
  });
}

/** Add a goal. */
export function useAddGoal(personId: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: AddGoalRequest) => api.post<SupportPlanDetail>(`/support-plans/${personId}/goals`, body),
    onSuccess: saved,
  });
}

/** Change a goal. */
export function useUpdateGoal(personId: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: ({ goalId, body }: { goalId: string; body: UpdateGoalRequest }) =>
      api.patch<SupportPlanDetail>(`/support-plans/${personId}/goals/${goalId}`, body),
    onSuccess: saved,
  });
}

/** Record a review. */
export function useAddReview(personId: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: AddReviewRequest) => api.post<SupportPlanDetail>(`/support-plans/${personId}/reviews`, body),
    onSuccess: saved,
  });
}

/** Record a ZRM assessment. */
export function useAddAssessment(personId: string) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: AddPlanZrmAssessmentRequest) =>
      api.post<SupportPlanDetail>(`/support-plans/${personId}/zrm-assessments`, body),
    onSuccess: saved,
  });
}
