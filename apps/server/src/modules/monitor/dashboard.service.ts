import {
  figureCell,
  monitorFigure,
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
  type MonitorTargetKey,
} from '@springplank/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ActorContext } from '../../shared/context';
import { computeIndicatorGrid, type IndicatorGroup } from '../indicators/indicator-grid';
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
    const filters: IndicatorGroup = { municipalityCode: query.municipality ?? null, ageGroup: query.ageGroup ?? null };
    return this.db.transaction(async (tx) => {
      const municipalities = await this.regions.municipalities(tx, actor.regionId);
      if (filters.municipalityCode && !municipalities.some((m) => m.code === filters.municipalityCode)) {
        throw new AppError('MUNICIPALITY_UNKNOWN', {}, [
          { path: 'municipality', code: 'unknown_municipality', params: { value: filters.municipalityCode } },
        ]);
      }
      const targets = await this.targets.load(tx, actor.regionId);
      const byYear = (t: LoadedTarget) => MONITOR_TARGET_SHAPES[t.key].period === 'year';
      const trendDates = monthlyPeildata(query.date, query.months);
      const moTarget = targets.find((t) => t.key === 'mo_clients')!;
      const firstYear = Math.max(Math.min(moTarget.baselineYear!, query.year - MO_YEARS_SHOWN + 1), query.year - 9);
      const moYearList = Array.from({ length: query.year - firstYear + 1 }, (_, i) => firstYear + i);
      const groups = {
        base: filters,
        municipalities: municipalities.map((m) => ({ municipalityCode: m.code, ageGroup: filters.ageGroup })),
        youngAdults: { municipalityCode: filters.municipalityCode, ageGroup: '18-27' as const },
      };
      // Every figure of the dashboard in one engine statement: the peildata, years and groups
      // below span headline, baselines, trend, MO years, municipalities and young adults.
      const grid = await computeIndicatorGrid(
        tx,
        {
          regionSlug: actor.regionSlug,
          dates: [query.date, ...trendDates, ...targets.filter((t) => !byYear(t)).map((t) => t.baselineDate!)],
          years: [query.year, ...moYearList, ...targets.filter(byYear).map((t) => t.baselineYear!)],
          groups: [groups.base, ...groups.municipalities, groups.youngAdults],
        },
        { regionId: actor.regionId, municipalityIds: new Map(municipalities.map((m) => [m.code, m.id])) },
      );
      const compute = (date: string, year: number, group: IndicatorGroup = filters): PublishedIndicatorResult => {
        const result = grid.result(date, year, group);
        return suppressed ? suppressSmallCells(result) : result;
      };

      const current = compute(query.date, query.year);
      const headlines: MonitorHeadline[] = HEADLINES.map((headline) => {
        const target = targets.find((t) => t.key === headline.target)!;
        const baseline = byYear(target)
          ? compute(query.date, target.baselineYear!)
          : compute(target.baselineDate!, query.year);
        return headlineOf(headline, target, current, baseline, query);
      });
      const trend = trendDates.map((date) => compute(date, query.year));
      const moYears = moYearList.map((year) => ({ year, total: compute(query.date, year).moClients.total }));
      const perMunicipality = municipalities.map((municipality) => ({
        code: municipality.code,
        name: municipality.name,
        result: compute(query.date, query.year, { municipalityCode: municipality.code, ageGroup: filters.ageGroup }),
      }));
      const youngAdults = compute(query.date, query.year, groups.youngAdults);
      return {
        region: { slug: actor.regionSlug, name: actor.regionName },
        date: query.date,
        year: query.year,
        municipality: filters.municipalityCode,
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
