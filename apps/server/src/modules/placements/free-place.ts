import { freePlaces, type ServiceCode } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { PlacementsRepository } from './placements.repository';

/**
 * Throw NO_FREE_PLACE unless the location has a free place for the service on `day`. The
 * caller must hold the location's lock (PlacementsRepository.lockLocation) in the same
 * transaction, so nobody takes the place between this count and the caller's write.
 * `ownHold` is 1 when the caller's own pending offer is among the held places (acceptance:
 * the held place becomes occupied).
 */
export async function requireFreePlace(
  repository: PlacementsRepository,
  tx: Db,
  regionId: string,
  place: { locationId: string; service: ServiceCode; day: string; ownHold: 0 | 1 },
): Promise<void> {
  const [row] = await repository.places(tx, regionId, place.day, {
    locationId: place.locationId,
    service: place.service,
  });
  const free = row ? freePlaces(row.places, row.occupied, row.held - place.ownHold) : 0;
  if (free < 1) throw new AppError('NO_FREE_PLACE', { date: place.day.split('-').reverse().join('-') });
}
