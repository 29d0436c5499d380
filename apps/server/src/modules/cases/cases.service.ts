import type { Db } from '../../db/client';
import type { AccessLogService } from '../access-log/access-log.service';
import type { OutboxService } from '../outbox/outbox.service';
import { CaseActionsService } from './cases.actions.service';
import { CasesOverviewRepository } from './cases.overview.repository';
import { CaseQueriesService } from './cases.queries.service';
import { CasesRepository } from './cases.repository';

/**
 * The follow-up of cases by outreach teams: reading (queue, overview, detail) and changing
 * (assign, actions, close). `now` is the clock every deadline and timestamp is taken from.
 */
export class CasesService {
  readonly queries: CaseQueriesService;
  readonly actions: CaseActionsService;

  constructor(db: Db, accessLog: AccessLogService, outbox: OutboxService, now: () => Date = () => new Date()) {
    const repository = new CasesRepository();
    this.queries = new CaseQueriesService(db, repository, new CasesOverviewRepository(), accessLog, now);
    this.actions = new CaseActionsService(db, repository, this.queries, accessLog, outbox, now);
  }
}
