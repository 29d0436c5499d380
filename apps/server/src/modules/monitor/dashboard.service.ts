import {
  figureCell,
  monitorFigure,
  type IndicatorResult,
  type MonitorDashboard,
  type MonitorHeadline,
  type MonitorHeadlineId,
  type MonitorQuery,
  type PublishedIndicatorResult,
} from '@springplank/contract';
import {
  MONITOR_TARGET_SHAPES,
  monitorStatus,
  monthlyPeildata,
  suppressSmallCells,
  targetValueOf,
  type IndicatorAgeGroup,
  type MonitorTargetKey,
} from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import { computeIndicators, computeIndicatorSeries } from '../indicators/indicator-engine';
import type { RegionsRepository } from '../regions/regions.repository';
import { suppressesSmallCells } from './monitor.policy';
import type { LoadedTarget, MonitorTargetsService } from './targets.service';

/** Which figure each headline shows and which target it is judged against. */
const HEADLINES: readonly { id: MonitorHeadlineId; target: MonitorTargetKey; figure: string }[] = [
  { id: 'bw_clients', target: 'bw_clients', figure: 'bw_clients_total' },
  { id: 'mo_clients', target: 'mo_clients', figure: 'mo_clients_total' },
  { id: 'bw_wait_beschermd_wonen', target: 'bw_wait', figure: 'bw_wait_beschermd_wonen_realized' },
  { id: 'bw_wait_beschut_wonen', target: 'bw_wait', figure: 'bw_wait_beschut_wonen_realized' },
  { id: 'mo_long_stay', target: 'mo_long_stay', figure: 'mo_long_stay_all' },
  { id: 'housing_within_3_months', target: 'housing_within_3_months', figure: 'housing_within_3_months' },
];

/** How many years of MO clients the dashboard shows at least, up to the chosen year. */
const MO_YEARS_SHOWN = 4;

/** One indicator call's filters. */
interface Filters {
  municipality: string | null;
  ageGroup: IndicatorAgeGroup | null;
}

/**
 * The dashboard of the regional monitor: the engine's figures for the chosen peildatum and
 * year, each headline against its baseline (the engine's value at the baseline moment) and
 * target, monthly trends, the municipalities side by side and the young adults. Every figure
 * is suppressed under 5 persons unless the viewer is an access officer.
 */
export class MonitorDashboardService {
  constructor(
    private readonly db: Db,
    private readonly targets: MonitorTargetsService,
    private readonly regions: RegionsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Build the dashboard (also the content of the print report and the exports). */
  async dashboard(ctx: ActorContext, query: MonitorQuery): Promise<MonitorDashboard> {
    const { actor } = ctx;
    const suppressed = suppressesSmallCells(ctx);
    const filters: Filters = { municipality: query.municipality ?? null, ageGroup: query.ageGroup ?? null };
    return this.db.transaction(async (tx) => {
      const municipalities = await this.regions.municipalities(tx, actor.regionId);
      if (filters.municipality && !municipalities.some((m) => m.code === filters.municipality)) {
        throw new AppError('MUNICIPALITY_UNKNOWN', {}, [
          { path: 'municipality', message: `Onbekende gemeente in deze regio: ${filters.municipality}` },
        ]);
      }
      const targets = await this.targets.load(tx, actor.regionId);
      // One engine call per distinct (date, year, filters): trend, baselines and years share them.
      const cache = new Map<string, IndicatorResult>();
      const compute = async (date: string, year: number, scope: Filters = filters) => {
        const key = `${date}|${year}|${scope.municipality ?? ''}|${scope.ageGroup ?? ''}`;
        let result = cache.get(key);
        if (!result) {
          result = await computeIndicators(tx, {
            regionSlug: actor.regionSlug,
            date,
            year,
            municipalityCode: scope.municipality,
            ageGroup: scope.ageGroup,
          });
          cache.set(key, result);
        }
        return publish(result);
      };
      const publish = (result: IndicatorResult): PublishedIndicatorResult =>
        suppressed ? suppressSmallCells(result) : result;

      const current = await compute(query.date, query.year);
      const headlines: MonitorHeadline[] = [];
      for (const headline of HEADLINES) {
        const target = targets.find((t) => t.key === headline.target)!;
        const baseline =
          MONITOR_TARGET_SHAPES[target.key].period === 'year'
            ? await compute(query.date, target.baselineYear!)
            : await compute(target.baselineDate!, query.year);
        headlines.push(headlineOf(headline, target, current, baseline, query));
      }
      // The trend's peildata in one engine statement, into the same cache.
      const trendDates = monthlyPeildata(query.date, query.months);
      const keyOf = (date: string) => `${date}|${query.year}|${filters.municipality ?? ''}|${filters.ageGroup ?? ''}`;
      const missing = trendDates.filter((date) => !cache.has(keyOf(date)));
      const series = await computeIndicatorSeries(tx, {
        regionSlug: actor.regionSlug,
        dates: missing,
        year: query.year,
        municipalityCode: filters.municipality,
        ageGroup: filters.ageGroup,
      });
      missing.forEach((date, i) => cache.set(keyOf(date), series[i]!));
      const trend: PublishedIndicatorResult[] = [];
      for (const date of trendDates) trend.push(await compute(date, query.year));
      const moTarget = targets.find((t) => t.key === 'mo_clients')!;
      const firstYear = Math.max(Math.min(moTarget.baselineYear!, query.year - MO_YEARS_SHOWN + 1), query.year - 9);
      const moYears = [];
      for (let year = firstYear; year <= query.year; year++) {
        moYears.push({ year, total: (await compute(query.date, year)).moClients.total });
      }
      const perMunicipality = [];
      for (const municipality of municipalities) {
        const result = await compute(query.date, query.year, { ...filters, municipality: municipality.code });
        perMunicipality.push({ code: municipality.code, name: municipality.name, result });
      }
      const youngAdults = await compute(query.date, query.year, { ...filters, ageGroup: '18-27' });
      return {
        region: { slug: actor.regionSlug, name: actor.regionName },
        date: query.date,
        year: query.year,
        municipality: filters.municipality,
        ageGroup: filters.ageGroup,
        months: query.months,
        generatedAt: this.now().toISOString(),
        suppressed,
        drillDown: ctx.role === 'access_officer',
        current,
        headlines,
        trend,
        moYears,
        municipalities: perMunicipality,
        youngAdults,
      };
    });
  }
}

/** One headline: the figure now, at the baseline moment, the target derived from it, and the status. */
function headlineOf(
  headline: (typeof HEADLINES)[number],
  target: LoadedTarget,
  current: PublishedIndicatorResult,
  baseline: PublishedIndicatorResult,
  query: MonitorQuery,
): MonitorHeadline {
  const figure = monitorFigure(headline.figure);
  const now = figureCell(figure, current);
  const then = figureCell(figure, baseline);
  const value = now.kind === 'value' ? now.value : null;
  const baselineValue = then.kind === 'value' ? then.value : null;
  const targetValue = targetValueOf(target, baselineValue);
  const shape = MONITOR_TARGET_SHAPES[target.key];
  return {
    id: headline.id,
    targetKey: target.key,
    unit: figure.unit,
    population: figure.population,
    current: { value, suppressed: now.kind === 'suppressed' },
    baseline: {
      value: baselineValue,
      suppressed: then.kind === 'suppressed',
      date: target.baselineDate,
      year: target.baselineYear,
    },
    target: {
      value: targetValue,
      // A target derived from a suppressed baseline would give the baseline back.
      suppressed: targetValue === null && then.kind === 'suppressed',
      date: target.targetDate,
      year: target.targetYear,
      kind: shape.kind,
      setting: target.value,
    },
    status: monitorStatus(
      target,
      { value, baseline: baselineValue, target: targetValue },
      { date: query.date, year: query.year },
    ),
  };
}
