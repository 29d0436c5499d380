import type { Db } from '../../db/client';
import type { AccessLogService } from '../access-log/access-log.service';
import type { CapacityModule } from '../capacity/capacity.service';
import { PersonAccessRepository } from '../person-access/person-access.repository';
import type { PersonsRepository } from '../triage/persons.repository';
import { StayActionsService } from './stays.actions.service';
import { StayQueriesService } from './stays.queries.service';
import { StaysRepository } from './stays.repository';

/** Stays (BW and shelter): reading, ending, and direct shelter intake. */
export class StaysService {
  readonly queries: StayQueriesService;
  readonly actions: StayActionsService;

  constructor(
    db: Db,
    accessLog: AccessLogService,
    capacity: CapacityModule,
    persons: PersonsRepository,
    now: () => Date = () => new Date(),
  ) {
    const repository = new StaysRepository();
    this.queries = new StayQueriesService(db, repository, accessLog, now);
    this.actions = new StayActionsService({
      db,
      repository,
      queries: this.queries,
      accessLog,
      locations: capacity.locationsRepository,
      catalogue: capacity.catalogueRepository,
      occupancy: capacity.occupancy,
      persons,
      personAccess: new PersonAccessRepository(),
    });
  }
}
