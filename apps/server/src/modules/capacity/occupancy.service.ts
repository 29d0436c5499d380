import type { OccupancyBoard, OccupancyQuery, OccupancyRow } from '@springplank/contract';
import {
  dutchDateOf,
  isLongerThanMonths,
  isShelterService,
  MO_SERVICES,
  SERVICE_CODES,
  type ServiceCode,
} from '@springplank/domain';
import type { Db } from '../../db/client';
import type { ActorContext } from '../../shared/context';
import { locationScope, type LocationScope } from './capacity.policy';
import type { CatalogueRepository } from './catalogue.repository';
import type { LocationsRepository } from './locations.repository';
import type { OccupancyRepository } from './occupancy.repository';

/** The regiovisie's target: at most one in three shelter clients longer than three months. */
export const LONG_STAY_TARGET = 1 / 3;

/** Places, occupied, held and free of one service at one location on one day. */
export interface PlaceCounts {
  places: number;
  occupied: number;
  held: number;
  free: number;
}

const key = (locationId: string, service: ServiceCode) => `${locationId}|${service}`;

/**
 * The live occupancy board: per location and service the places in force, the places
 * occupied by stays (half-open: started_on <= d < ended_on), the places held by pending
 * offers, and free = places − occupied − held; totals per service; and the share of current
 * shelter stays longer than three months against the target. Aggregates only.
 */
export class OccupancyService {
  constructor(
    private readonly db: Db,
    private readonly repository: OccupancyRepository,
    private readonly locations: LocationsRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The board for the actor's scope (a provider: own locations), filtered by service and municipality. */
  async board(ctx: ActorContext, query: OccupancyQuery): Promise<OccupancyBoard> {
    const scope = locationScope(ctx);
    const day = query.date ?? dutchDateOf(this.now());
    const filter = { service: query.service, municipalityCode: query.municipalityCode };
    const data = await this.db.transaction(async (tx) => ({
      offered: await this.catalogue.list(tx, scope.regionId),
      locations: await this.locations.list(tx, scope),
      places: await this.repository.placesOn(tx, scope, filter, day),
      next: await this.repository.nextChanges(tx, scope, filter, day),
      occupied: await this.repository.occupiedOn(tx, scope, filter, day),
      held: await this.repository.held(tx, scope, filter),
      shelterStarts: await this.repository.shelterStartsOn(tx, scope, filter, day),
    }));
    const offered = new Set(data.offered.filter((row) => row.active).map((row) => row.service));
    const places = new Map(data.places.map((row) => [key(row.locationId, row.service), row.places]));
    const next = new Map(data.next.map((row) => [key(row.locationId, row.service), row]));
    const occupied = new Map(data.occupied.map((row) => [key(row.locationId, row.service), row.n]));
    const held = new Map(data.held.map((row) => [key(row.locationId, row.service), row.n]));
    const present = new Set([...places.keys(), ...next.keys(), ...occupied.keys(), ...held.keys()]);

    const rows: OccupancyRow[] = [];
    for (const service of SERVICE_CODES) {
      if (!offered.has(service) || (query.service && query.service !== service)) continue;
      for (const location of data.locations) {
        const k = key(location.id, service);
        if (!location.active || !present.has(k)) continue;
        if (query.municipalityCode && location.municipalityCode !== query.municipalityCode) continue;
        const counts = countsOf(places.get(k) ?? 0, occupied.get(k) ?? 0, held.get(k) ?? 0);
        const coming = next.get(k);
        rows.push({
          locationId: location.id,
          locationName: location.name,
          organisationId: location.organisationId,
          organisationName: location.organisationName,
          municipalityCode: location.municipalityCode,
          municipalityName: location.municipalityName,
          service,
          shelter: isShelterService(service),
          ...counts,
          nextChange: coming ? { places: coming.places, validFrom: coming.validFrom } : null,
        });
      }
    }
    return { date: day, rows, totals: totalsOf(rows), longStay: longStayOf(data.shelterStarts, day) };
  }

  /**
   * The counts of one service at one location on `day`, inside the caller's transaction
   * (the shelter intake checks for a free bed with it after locking the location row).
   */
  async countsAt(
    tx: Db,
    regionId: string,
    locationId: string,
    service: ServiceCode,
    day: string,
  ): Promise<PlaceCounts> {
    const scope: LocationScope = { regionId, organisationId: null };
    const filter = { service, locationId };
    const [places] = await this.repository.placesOn(tx, scope, filter, day);
    const [occupied] = await this.repository.occupiedOn(tx, scope, filter, day);
    const [held] = await this.repository.held(tx, scope, filter);
    return countsOf(places?.places ?? 0, occupied?.n ?? 0, held?.n ?? 0);
  }
}

function countsOf(places: number, occupied: number, held: number): PlaceCounts {
  return { places, occupied, held, free: places - occupied - held };
}

function totalsOf(rows: OccupancyRow[]): OccupancyBoard['totals'] {
  return SERVICE_CODES.flatMap((service) => {
    const ofService = rows.filter((row) => row.service === service);
    if (ofService.length === 0) return [];
    const sum = (pick: (row: OccupancyRow) => number) => ofService.reduce((total, row) => total + pick(row), 0);
    return [
      {
        service,
        shelter: isShelterService(service),
        places: sum((row) => row.places),
        occupied: sum((row) => row.occupied),
        held: sum((row) => row.held),
        free: sum((row) => row.free),
      },
    ];
  });
}

/** Current shelter stays and those longer than three months (addMonths(started_on, 3) < day). */
function longStayOf(
  starts: { service: ServiceCode; startedOn: string; n: number }[],
  day: string,
): OccupancyBoard['longStay'] {
  const perService = MO_SERVICES.map((service) => {
    const ofService = starts.filter((row) => row.service === service);
    return {
      service,
      n: ofService.reduce((total, row) => total + row.n, 0),
      long: ofService.filter((row) => isLongerThanMonths(row.startedOn, day, 3)).reduce((t, row) => t + row.n, 0),
    };
  });
  const n = perService.reduce((total, row) => total + row.n, 0);
  const long = perService.reduce((total, row) => total + row.long, 0);
  return { n, long, share: n === 0 ? null : long / n, target: LONG_STAY_TARGET, perService };
}
