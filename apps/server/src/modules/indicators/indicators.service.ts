import type { IndicatorQuery, IndicatorResult, PublishedIndicatorResult } from '@springplank/contract';
import { suppressSmallCells } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import { computeIndicators } from './indicator-engine';

/**
 * The indicators of the actor's region. Aggregates only, no person: access officers get the
 * exact figures, policy analysts the published ones (cells under 5 persons suppressed).
 */
export class IndicatorsService {
  constructor(private readonly db: Db) {}

  /** All indicators for one peildatum and year in the actor's region, as the actor's role may see them. */
  async forActor(ctx: ActorContext, query: IndicatorQuery): Promise<IndicatorResult | PublishedIndicatorResult> {
    if (ctx.role !== 'access_officer' && ctx.role !== 'policy_analyst') throw new AppError('FORBIDDEN');
    const exact = await this.db.transaction((tx) =>
      computeIndicators(tx, {
        regionSlug: ctx.actor.regionSlug,
        date: query.date,
        year: query.year,
        municipalityCode: query.municipality ?? null,
        ageGroup: query.ageGroup ?? null,
      }),
    );
    return ctx.role === 'access_officer' ? exact : suppressSmallCells(exact);
  }
}
