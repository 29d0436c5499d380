import type {
  CreateLocationRequest,
  LocationDetail,
  LocationList,
  LocationListQuery,
  RecordCapacityRequest,
  UpdateLocationRequest,
} from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import { locationScope, type LocationScope } from './capacity.policy';
import { presentLocation, presentLocationDetail } from './capacity.presenter';
import type { CatalogueRepository } from './catalogue.repository';
import type { LocationsRepository } from './locations.repository';

/**
 * Providers' locations and their places over time. Providers see and change only their own
 * locations (another provider's answers 404); functioneel beheer creates and edits any.
 * Capacity is not personal data: no access-log entry, but every change names who made it.
 */
export class LocationsService {
  constructor(
    private readonly db: Db,
    private readonly repository: LocationsRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The locations in the actor's scope. */
  async list(ctx: ActorContext, query: LocationListQuery): Promise<LocationList> {
    const scope = locationScope(ctx);
    const rows = await this.db.transaction((tx) => this.repository.list(tx, scope, query));
    return { items: rows.map(presentLocation) };
  }

  /** One location with its places per service and their history. */
  async detail(ctx: ActorContext, id: string): Promise<LocationDetail> {
    const scope = locationScope(ctx);
    return this.db.transaction((tx) => this.load(tx, scope, id));
  }

  /** Create a location for a provider organisation of the region. */
  async create(ctx: ActorContext, body: CreateLocationRequest): Promise<LocationDetail> {
    const scope = locationScope(ctx);
    return this.db.transaction(async (tx) => {
      const kind = await this.repository.organisationKind(tx, scope.regionId, body.organisationId);
      if (kind === null) throw new AppError('NOT_FOUND');
      if (kind !== 'provider') throw new AppError('NOT_A_PROVIDER');
      const id = await this.repository.insert(tx, {
        regionId: scope.regionId,
        organisationId: body.organisationId,
        municipalityId: await this.municipality(tx, scope.regionId, body.municipalityCode),
        name: body.name,
        address: body.address,
        expertiseTags: [...new Set(body.expertiseTags ?? [])],
        active: body.active ?? true,
      });
      return this.load(tx, scope, id);
    });
  }

  /** Change a location's name, address, municipality, expertise or whether it is active. */
  async update(ctx: ActorContext, id: string, body: UpdateLocationRequest): Promise<LocationDetail> {
    const scope = locationScope(ctx);
    return this.db.transaction(async (tx) => {
      if (!(await this.repository.lock(tx, scope, id))) throw new AppError('NOT_FOUND');
      await this.repository.update(tx, scope, id, {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.address !== undefined ? { address: body.address } : {}),
        ...(body.municipalityCode !== undefined
          ? { municipalityId: await this.municipality(tx, scope.regionId, body.municipalityCode) }
          : {}),
        ...(body.expertiseTags !== undefined ? { expertiseTags: [...new Set(body.expertiseTags)] } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
      });
      return this.load(tx, scope, id);
    });
  }

  /**
   * Record the places of a service from a date on (past, today or future). The service must
   * be in the region's catalogue; one change per service and day (a second one is refused).
   */
  async recordCapacity(ctx: ActorContext, id: string, body: RecordCapacityRequest): Promise<LocationDetail> {
    const scope = locationScope(ctx);
    return this.db.transaction(async (tx) => {
      if (!(await this.repository.lock(tx, scope, id))) throw new AppError('NOT_FOUND');
      if (!(await this.catalogue.isOffered(tx, scope.regionId, body.service)))
        throw new AppError('SERVICE_NOT_OFFERED');
      const inserted = await this.repository.insertChange(tx, {
        regionId: scope.regionId,
        locationId: id,
        service: body.service,
        places: body.places,
        validFrom: body.validFrom,
        note: body.note || null,
        recordedByUserId: ctx.actor.userId,
      });
      if (!inserted) throw new AppError('CAPACITY_DATE_TAKEN');
      return this.load(tx, scope, id);
    });
  }

  private async load(tx: Db, scope: LocationScope, id: string): Promise<LocationDetail> {
    const row = await this.repository.find(tx, scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    const changes = await this.repository.changes(tx, scope.regionId, id);
    return presentLocationDetail(row, changes, dutchDateOf(this.now()));
  }

  private async municipality(tx: Db, regionId: string, code: string): Promise<string> {
    const id = await this.repository.municipalityId(tx, regionId, code);
    if (!id) throw new AppError('MUNICIPALITY_UNKNOWN');
    return id;
  }
}
