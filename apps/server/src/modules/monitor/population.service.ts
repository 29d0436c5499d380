import type { PopulationList, PopulationQuery } from '@springplank/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { indicatorPopulation } from '../indicators/indicator-engine';
import type { RegionsRepository } from '../regions/regions.repository';

/**
 * The drill-down of an access officer: the persons behind one figure of the monitor. This is
 * personal data, so every person shown gets an access-log entry in the same transaction (their
 * own log then shows who looked them up through the monitor).
 */
export class MonitorPopulationService {
  constructor(
    private readonly db: Db,
    private readonly regions: RegionsRepository,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The persons (records) behind a figure for the same parameters as the dashboard. */
  async population(ctx: ActorContext, query: PopulationQuery): Promise<PopulationList> {
    // The route policy admits access officers only; a policy analyst never sees a person.
    if (ctx.role !== 'access_officer') throw new AppError('FORBIDDEN');
    const { actor } = ctx;
    return this.db.transaction(async (tx) => {
      const rows = await indicatorPopulation(
        tx,
        {
          regionSlug: actor.regionSlug,
          date: query.date,
          year: query.year,
          municipalityCode: query.municipality ?? null,
          ageGroup: query.ageGroup ?? null,
        },
        query.figure,
      );
      const names = new Map((await this.regions.municipalities(tx, actor.regionId)).map((m) => [m.code, m.name]));
      const details = { figure: query.figure, date: query.date, year: query.year, filters: filtersOf(query) };
      await this.accessLog.recordShown(
        tx,
        ctx,
        { action: 'monitor.population.read', subjectType: 'person', details },
        rows.map((row) => ({ personId: row.personId, subjectId: row.personId })),
      );
      return {
        figure: query.figure,
        date: query.date,
        year: query.year,
        municipality: query.municipality ?? null,
        ageGroup: query.ageGroup ?? null,
        items: rows.map((row) => ({
          personId: row.personId,
          sourceRef: row.sourceRef,
          givenName: row.givenName,
          familyName: row.familyName,
          birthDate: row.birthDate,
          municipalityCode: row.municipalityCode,
          municipalityName: row.municipalityCode ? (names.get(row.municipalityCode) ?? null) : null,
          recordId: row.recordId,
          service: row.service,
          startOn: row.startOn,
          endOn: row.endOn,
          days: row.days,
          flag: row.flag,
        })),
      };
    });
  }
}

function filtersOf(query: PopulationQuery) {
  return { municipality: query.municipality ?? null, ageGroup: query.ageGroup ?? null };
}
