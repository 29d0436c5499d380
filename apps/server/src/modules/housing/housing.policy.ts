import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';

/**
 * Who may use the housing routes (ACCESS.md). Outflow (ready dates, sending a housing
 * request): the access team for the region, provider staff for persons placed with their own
 * organisation (listed first: the narrower view wins). Housing requests: housing officers,
 * only those addressed to their own corporation.
 */
export const housingPolicy = {
  /** The ready-but-waiting list, recording ready_on and sending a housing request. */
  outflow: requireRole('outflow.use', 'provider_staff', 'access_officer'),
  /** A corporation's own housing requests: read, offer a home, record the move-in. */
  requests: requireRole('housing_requests.use', 'housing_officer'),
};

/** Which outflow records an actor may see and change. */
export interface OutflowScope {
  regionId: string;
  /** Null: the whole region (access team); else only that provider's persons. */
  providerOrganisationId: string | null;
}

/** The outflow scope from the role the route's policy granted. */
export function outflowScope(ctx: ActorContext): OutflowScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'provider_staff') return { regionId, providerOrganisationId: ctx.actor.organisationId };
  if (ctx.role === 'access_officer') return { regionId, providerOrganisationId: null };
  throw new AppError('FORBIDDEN');
}

/** The corporation whose requests a housing officer may see. */
export function corporationScope(ctx: ActorContext): { regionId: string; corporationId: string } {
  if (ctx.role !== 'housing_officer' || ctx.actor.organisationKind !== 'housing_corporation') {
    throw new AppError('FORBIDDEN');
  }
  return { regionId: ctx.actor.regionId, corporationId: ctx.actor.organisationId };
}
