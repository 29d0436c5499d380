import type { RegionResponse } from '@springplank/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { RegionsRepository } from './regions.repository';

/** The actor's region and the validation of municipality codes against it. */
export class RegionsService {
  constructor(
    private readonly db: Db,
    private readonly repository: RegionsRepository,
  ) {}

  /** The signed-in user's region with its municipalities. */
  async current(ctx: ActorContext): Promise<RegionResponse> {
    const region = await this.repository.findById(this.db, ctx.actor.regionId);
    if (!region) throw new AppError('NOT_FOUND');
    const municipalities = await this.repository.municipalities(this.db, region.id);
    return {
      id: region.id,
      slug: region.slug,
      name: region.name,
      municipalities: municipalities.map(({ code, name }) => ({ code, name })),
    };
  }

  /** Resolve CBS codes to municipality ids of the region; refuses codes from elsewhere. */
  async resolveMunicipalities(db: Db, regionId: string, codes: string[]): Promise<string[]> {
    const unique = [...new Set(codes)];
    const found = await this.repository.municipalitiesByCode(db, regionId, unique);
    const unknown = unique.filter((code) => !found.some((m) => m.code === code));
    if (unknown.length > 0) {
      throw new AppError('MUNICIPALITY_UNKNOWN', {}, [
        { path: 'municipalityCodes', code: 'unknown_municipality', params: { value: unknown.join(', ') } },
      ]);
    }
    return found.map((m) => m.id);
  }
}
