import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';

/**
 * Who may use the case routes (ACCESS.md). Outreach workers are listed first, so a user who
 * somehow holds both roles gets the narrower (own team) view.
 */
export const casesPolicy = {
  /** Queue, overview and detail: outreach workers (own team) and the meldpunt (whole region). */
  read: requireRole('cases.read', 'outreach_worker', 'meldpunt_operator'),
  /** Actions, assignment and closing: outreach workers of the case's team. */
  act: requireRole('cases.act', 'outreach_worker'),
};

/** Which cases an actor may see: the region's, or only those of one team. */
export interface CaseScope {
  regionId: string;
  /** Null: every team of the region (the meldpunt). */
  teamId: string | null;
}

/**
 * The cases an actor may read (`read`) or act on (`act`), from the role the route's policy
 * granted: an outreach worker's own team, or (read only) the meldpunt's whole region.
 */
export function caseScope(ctx: ActorContext, purpose: 'read' | 'act'): CaseScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'outreach_worker') return { regionId, teamId: ctx.actor.organisationId };
  if (ctx.role === 'meldpunt_operator' && purpose === 'read') return { regionId, teamId: null };
  throw new AppError('FORBIDDEN');
}
