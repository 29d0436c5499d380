import { AppError } from '../../errors';
import { requireRole } from '../../http/policy';
import type { ActorContext } from '../../shared/context';

/**
 * Who may use the catalogue, location, capacity and occupancy routes (ACCESS.md). Provider
 * staff are listed first, so a user who somehow holds two roles gets the narrower view.
 */
export const capacityPolicy = {
  /** The service catalogue: everyone who works with services reads it. */
  readCatalogue: requireRole('services.read', 'provider_staff', 'access_officer', 'administrator'),
  /** Switching services on or off: functioneel beheer. */
  configureCatalogue: requireRole('services.configure', 'administrator'),
  /** Locations with their places: own locations for providers, all for access and beheer. */
  readLocations: requireRole('locations.read', 'provider_staff', 'access_officer', 'administrator'),
  /** Creating a location for a provider: functioneel beheer. */
  createLocation: requireRole('locations.create', 'administrator'),
  /** Editing a location and recording its places: the provider itself, or functioneel beheer. */
  changeLocation: requireRole('locations.change', 'provider_staff', 'administrator'),
  /** The occupancy board: access (whole region) and providers (own locations). */
  readOccupancy: requireRole('occupancy.read', 'provider_staff', 'access_officer'),
};

/** Which locations an actor may see or change: the region's, or only one provider's. */
export interface LocationScope {
  regionId: string;
  /** Null: every provider of the region. */
  organisationId: string | null;
}

/** The locations an actor may use, from the role the route's policy granted. */
export function locationScope(ctx: ActorContext): LocationScope {
  const regionId = ctx.actor.regionId;
  if (ctx.role === 'provider_staff') return { regionId, organisationId: ctx.actor.organisationId };
  if (ctx.role === 'access_officer' || ctx.role === 'administrator') return { regionId, organisationId: null };
  throw new AppError('FORBIDDEN');
}
