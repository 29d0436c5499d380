import type { Db } from '../../db/client';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { LocationsRepository } from './locations.repository';
import { LocationsService } from './locations.service';
import { OccupancyRepository } from './occupancy.repository';
import { OccupancyService } from './occupancy.service';

/** The catalogue, locations with their places, and the occupancy board, wired together. */
export class CapacityModule {
  readonly catalogue: CatalogueService;
  readonly locations: LocationsService;
  readonly occupancy: OccupancyService;
  /** Shared with the stays module (locking a location for the shelter intake). */
  readonly locationsRepository = new LocationsRepository();
  /** Shared with the stays module (whether a service is offered). */
  readonly catalogueRepository = new CatalogueRepository();

  constructor(db: Db, now: () => Date = () => new Date()) {
    this.catalogue = new CatalogueService(db, this.catalogueRepository);
    this.locations = new LocationsService(db, this.locationsRepository, this.catalogueRepository, now);
    this.occupancy = new OccupancyService(
      db,
      new OccupancyRepository(),
      this.locationsRepository,
      this.catalogueRepository,
      now,
    );
  }
}
