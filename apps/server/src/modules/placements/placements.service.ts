import type { Db } from '../../db/client';
import type { AccessLogService } from '../access-log/access-log.service';
import { PersonAccessRepository } from '../person-access/person-access.repository';
import { OfferResponsesService } from './offer-responses.service';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';
import { PlacementQueriesService } from './placements.queries.service';
import { PlacementsRepository } from './placements.repository';

/** What the placement services use; tests may hand in a repository that fails on purpose. */
export interface PlacementsDependencies {
  offersRepository?: OffersRepository;
  now?: () => Date;
}

/**
 * Matching and placement: free places and ranked candidates (`queries`), offers made and
 * withdrawn by access (`offers`), and the provider's answer (`responses`).
 */
export class PlacementsService {
  readonly queries: PlacementQueriesService;
  readonly offers: OffersService;
  readonly responses: OfferResponsesService;

  constructor(db: Db, accessLog: AccessLogService, dependencies: PlacementsDependencies = {}) {
    const now = dependencies.now ?? (() => new Date());
    const placements = new PlacementsRepository();
    const offers = dependencies.offersRepository ?? new OffersRepository();
    this.queries = new PlacementQueriesService(db, placements, accessLog, now);
    this.offers = new OffersService(db, offers, placements, new PersonAccessRepository(), accessLog, now);
    this.responses = new OfferResponsesService(db, offers, placements, this.offers, accessLog, now);
  }
}
