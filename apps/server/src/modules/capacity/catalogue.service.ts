import type { RegionServiceList } from '@springplank/contract';
import { isShelterService, SERVICE_CODES, type ServiceCode } from '@springplank/domain';
import type { Db } from '../../db/client';
import type { ActorContext } from '../../shared/context';
import type { CatalogueRepository } from './catalogue.repository';

/** The region's service catalogue: which services it offers (functioneel beheer switches them). */
export class CatalogueService {
  constructor(
    private readonly db: Db,
    private readonly repository: CatalogueRepository,
  ) {}

  /** Every service, in the fixed order of the domain, with whether the region offers it. */
  async list(ctx: ActorContext): Promise<RegionServiceList> {
    const rows = await this.db.transaction((tx) => this.repository.list(tx, ctx.actor.regionId));
    const active = new Map(rows.map((row) => [row.service, row.active]));
    return {
      items: SERVICE_CODES.map((service) => ({
        service,
        active: active.get(service) ?? false,
        shelter: isShelterService(service),
      })),
    };
  }

  /** Switch one service on or off for the actor's region. */
  async setActive(ctx: ActorContext, service: ServiceCode, active: boolean): Promise<RegionServiceList> {
    await this.db.transaction((tx) => this.repository.setActive(tx, ctx.actor.regionId, service, active));
    return this.list(ctx);
  }
}
