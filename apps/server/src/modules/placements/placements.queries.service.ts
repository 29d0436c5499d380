import type { FreePlaceList, FreePlacesQuery, PlacementSuggestions, SuggestionsQuery } from '@springplank/contract';
import { dutchDateOf, rankCandidates } from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { presentCandidate, presentPlace } from './placements.presenter';
import type { PlacementsRepository } from './placements.repository';

/** How many ranked candidates a suggestion list shows. */
export const MAX_SUGGESTIONS = 25;

/** Matching for access officers: free places of the region and ranked, explained candidates. */
export class PlacementQueriesService {
  constructor(
    private readonly db: Db,
    private readonly repository: PlacementsRepository,
    private readonly accessLog: AccessLogService,
    private readonly now: () => Date,
  ) {}

  /** Every active location + offered service with places on the day; counts only, nobody's data. */
  async freePlaces(ctx: ActorContext, query: FreePlacesQuery): Promise<FreePlaceList> {
    const on = query.on ?? dutchDateOf(this.now());
    const rows = await this.db.transaction((tx) => this.repository.places(tx, ctx.actor.regionId, on));
    return { on, items: rows.filter((row) => row.places > 0).map(presentPlace) };
  }

  /**
   * The waiting-list candidates for one location + service, best first, each with the reasons
   * (packages/domain matching). Shows persons, so the list shown is logged.
   */
  async suggestions(ctx: ActorContext, query: SuggestionsQuery): Promise<PlacementSuggestions> {
    const regionId = ctx.actor.regionId;
    const today = dutchDateOf(this.now());
    const on = query.on ?? today;
    return this.db.transaction(async (tx) => {
      const [place] = await this.repository.places(tx, regionId, on, {
        locationId: query.locationId,
        service: query.service,
      });
      if (!place) throw new AppError('NOT_FOUND');
      const ranked = rankCandidates(place, await this.repository.candidates(tx, regionId, query.service), today).slice(
        0,
        MAX_SUGGESTIONS,
      );
      const candidates = ranked.map((item) => presentCandidate(item, today));
      await this.accessLog.recordShown(
        tx,
        ctx,
        {
          action: 'placement.suggestions',
          subjectType: 'waitlist_entry',
          details: { locationId: query.locationId, service: query.service },
        },
        candidates.map((c) => ({ personId: c.personId, subjectId: c.waitlistEntryId })),
      );
      return { on, place: presentPlace(place), candidates };
    });
  }
}
