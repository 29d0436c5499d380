import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';
import type { OfferScope } from './offers.repository';

/**
 * Who may use the placement routes (ACCESS.md): access officers match free places to the
 * waiting list and make, read and withdraw offers in their region; provider staff read and
 * answer the offers addressed to their own organisation. Provider staff are listed first on
 * shared routes, so a user who somehow holds both roles gets the narrower view.
 */
export const placementsPolicy = {
  /** Free places and ranked candidates: access officers. */
  match: requireRole('placements.match', 'access_officer'),
  /** Making and withdrawing offers: access officers. */
  manageOffers: requireRole('offers.manage', 'access_officer'),
  /** Reading offers: the region's for access, own organisation's for providers. */
  readOffers: requireRole('offers.read', 'provider_staff', 'access_officer'),
  /** Accepting or declining: provider staff of the organisation the offer is addressed to. */
  respond: requireRole('offers.respond', 'provider_staff'),
};

/** The offers an actor may read or change, from the role the route's policy granted. */
export function offerScope(ctx: ActorContext): OfferScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'provider_staff') return { regionId, organisationId: ctx.actor.organisationId };
  if (ctx.role === 'access_officer') return { regionId, organisationId: null };
  throw new AppError('FORBIDDEN');
}
