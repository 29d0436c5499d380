import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationList,
  UpdateOrganisationRequest,
} from '@springplank/contract';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { RegionsService } from '../regions/regions.service';
import { presentOrganisation } from './organisations.presenter';
import type { OrganisationsRepository } from './organisations.repository';

/** Managing the organisations of a region (configuration, no personal data). */
export class OrganisationsService {
  constructor(
    private readonly db: Db,
    private readonly repository: OrganisationsRepository,
    private readonly regions: RegionsService,
  ) {}

  /** Every organisation of the actor's region. */
  async list(ctx: ActorContext): Promise<OrganisationList> {
    const rows = await this.repository.list(this.db, ctx.actor.regionId);
    return { items: rows.map(presentOrganisation) };
  }

  /** Create an organisation in the actor's region. */
  async create(ctx: ActorContext, input: CreateOrganisationRequest): Promise<Organisation> {
    const regionId = ctx.actor.regionId;
    return this.inTransaction(async (tx) => {
      const municipalityIds = await this.regions.resolveMunicipalities(tx, regionId, input.municipalityCodes ?? []);
      const id = await this.repository.insert(tx, { regionId, name: input.name, kind: input.kind });
      await this.repository.setMunicipalities(tx, regionId, id, municipalityIds);
      return this.load(tx, regionId, id);
    });
  }

  /** Change an organisation of the actor's region. */
  async update(ctx: ActorContext, id: string, input: UpdateOrganisationRequest): Promise<Organisation> {
    const regionId = ctx.actor.regionId;
    return this.inTransaction(async (tx) => {
      await this.load(tx, regionId, id);
      if (id === ctx.actor.organisationId && input.active === false) {
        throw new AppError('SELF_LOCKOUT');
      }
      await this.repository.update(tx, regionId, id, { name: input.name, active: input.active });
      if (input.municipalityCodes) {
        const municipalityIds = await this.regions.resolveMunicipalities(tx, regionId, input.municipalityCodes);
        await this.repository.setMunicipalities(tx, regionId, id, municipalityIds);
      }
      return this.load(tx, regionId, id);
    });
  }

  private async load(db: Db, regionId: string, id: string): Promise<Organisation> {
    const row = await this.repository.find(db, regionId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentOrganisation(row);
  }

  private async inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('CONFLICT', {}, [{ path: 'name', code: 'name_taken' }]);
      }
      throw error;
    }
  }
}
