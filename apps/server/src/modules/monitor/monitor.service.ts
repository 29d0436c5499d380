import type { Db } from '../../db/client';
import type { AccessLogService } from '../access-log/access-log.service';
import type { RegionsRepository } from '../regions/regions.repository';
import { MonitorDashboardService } from './dashboard.service';
import { MonitorPopulationService } from './population.service';
import { MonitorTargetsRepository } from './targets.repository';
import { MonitorTargetsService } from './targets.service';

/** The regional monitor: targets, the dashboard (and its exports) and the drill-down. */
export class MonitorService {
  readonly targets: MonitorTargetsService;
  readonly dashboard: MonitorDashboardService;
  readonly population: MonitorPopulationService;

  constructor(db: Db, regions: RegionsRepository, accessLog: AccessLogService, now: () => Date = () => new Date()) {
    this.targets = new MonitorTargetsService(db, new MonitorTargetsRepository());
    this.dashboard = new MonitorDashboardService(db, this.targets, regions, now);
    this.population = new MonitorPopulationService(db, regions, accessLog);
  }
}
