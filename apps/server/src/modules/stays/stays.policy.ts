import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';

/**
 * Who may use the stay and shelter-intake routes (ACCESS.md): the access officer for the
 * whole region, provider staff for their own organisation's stays and locations only.
 * Provider staff are listed first, so a user holding both roles gets the narrower view.
 */
export const staysPolicy = {
  /** Stays list and detail. */
  read: requireRole('stays.read', 'provider_staff', 'access_officer'),
  /** Ending a stay. */
  change: requireRole('stays.change', 'provider_staff', 'access_officer'),
  /** Direct shelter intake and finding the person for it. */
  intake: requireRole('shelter.intake', 'provider_staff', 'access_officer'),
};

/** Which stays an actor may see or change: the region's, or only one provider's. */
export interface StayScope {
  regionId: string;
  /** Null: every stay of the region (the access officer). */
  organisationId: string | null;
}

/** The stays an actor may use, from the role the route's policy granted. */
export function stayScope(ctx: ActorContext): StayScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'provider_staff') return { regionId, organisationId: ctx.actor.organisationId };
  if (ctx.role === 'access_officer') return { regionId, organisationId: null };
  throw new AppError('FORBIDDEN');
}
