import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';

/**
 * Who may use the support-plan routes (ACCESS.md): the access team (the region's plans) and
 * provider staff (only persons offered to or placed with their own organisation). Provider
 * staff is listed first, so a user holding both roles gets the narrower view.
 */
export const supportPlansPolicy = {
  /** Read and change plans, goals, reviews and ZRM assessments. */
  use: requireRole('support_plans.use', 'provider_staff', 'access_officer'),
};

/** Which plans an actor may see and change. */
export interface PlanScope {
  regionId: string;
  /** Null: every person of the region (access team); else only that provider's persons. */
  providerOrganisationId: string | null;
}

/** The scope from the role the route's policy granted. */
export function planScope(ctx: ActorContext): PlanScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'provider_staff') return { regionId, providerOrganisationId: ctx.actor.organisationId };
  if (ctx.role === 'access_officer') return { regionId, providerOrganisationId: null };
  throw new AppError('FORBIDDEN');
}
