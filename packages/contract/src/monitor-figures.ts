import type { MonitorFigureId } from '@springplank/domain';
import type { PublishedIndicatorResult } from './indicators';
import type { MonitorUnit, PopulationFigure } from './monitor';

/**
 * Every figure of an indicator result as one flat list, so the dashboard tables, the print
 * report and the CSV/XLSX exports show the same figures in the same order.
 */
export interface MonitorFigure {
  /** One of the domain's MONITOR_FIGURE_IDS, so the vocabulary names every figure. */
  id: MonitorFigureId;
  unit: MonitorUnit;
  /** The population behind the figure (drill-down). */
  population: PopulationFigure;
  /** The figure's value; null when suppressed or (means, shares) when nobody is in it. */
  value: (result: PublishedIndicatorResult) => number | null;
  /** How many persons (or stays) the figure rests on; null when suppressed. */
  n: (result: PublishedIndicatorResult) => number | null;
}

type Result = PublishedIndicatorResult;
const count = (
  id: MonitorFigureId,
  population: PopulationFigure,
  pick: (r: Result) => number | null,
): MonitorFigure => ({
  id,
  unit: 'count',
  population,
  value: pick,
  n: pick,
});

const wait = (service: 'beschermd_wonen' | 'beschut_wonen', kind: 'realized' | 'current'): MonitorFigure => ({
  id: `bw_wait_${service}_${kind}`,
  unit: 'months',
  population: `bwWait.${service}.${kind}`,
  value: (r) => r.bwWait[service][kind].meanMonths,
  n: (r) => r.bwWait[service][kind].n,
});

const longStay = (service: keyof Result['moLongStay']): MonitorFigure => ({
  id: `mo_long_stay_${service}`,
  unit: 'share',
  population: `moLongStay.${service}`,
  value: (r) => r.moLongStay[service].share,
  n: (r) => r.moLongStay[service].n,
});

/** The figures in display order. */
export const MONITOR_FIGURES: readonly MonitorFigure[] = [
  count('bw_clients_total', 'bwClients.total', (r) => r.bwClients.total),
  count('bw_clients_in_care', 'bwClients.inCare', (r) => r.bwClients.inCare),
  count('bw_clients_waiting', 'bwClients.waiting', (r) => r.bwClients.waiting),
  count('mo_clients_total', 'moClients.total', (r) => r.moClients.total),
  wait('beschermd_wonen', 'realized'),
  wait('beschut_wonen', 'realized'),
  wait('beschermd_wonen', 'current'),
  wait('beschut_wonen', 'current'),
  longStay('all'),
  longStay('nachtopvang'),
  longStay('24uursopvang'),
  longStay('crisisopvang'),
  longStay('ambulante_crisisopvang'),
  {
    id: 'housing_within_3_months',
    unit: 'share',
    population: 'housing.realized',
    value: (r) => r.housing.realized.within3MonthsShare,
    n: (r) => r.housing.realized.n,
  },
  {
    id: 'housing_realized_mean',
    unit: 'months',
    population: 'housing.realized',
    value: (r) => r.housing.realized.meanMonths,
    n: (r) => r.housing.realized.n,
  },
  count('housing_waiting_n', 'housing.waiting', (r) => r.housing.waiting.n),
  {
    id: 'housing_waiting_mean',
    unit: 'months',
    population: 'housing.waiting',
    value: (r) => r.housing.waiting.meanMonths,
    n: (r) => r.housing.waiting.n,
  },
];

/** The figure with this id. */
export function monitorFigure(id: string): MonitorFigure {
  const figure = MONITOR_FIGURES.find((f) => f.id === id);
  if (!figure) throw new RangeError(`unknown monitor figure ${id}`);
  return figure;
}

/**
 * A figure as a table cell: its value, or why there is none. A null count is suppressed; a
 * null mean or share is empty when nobody is in it (n = 0) and suppressed otherwise.
 */
export type FigureCell = { kind: 'value'; value: number } | { kind: 'suppressed' } | { kind: 'empty' };

/** The cell of one figure of one result. */
export function figureCell(figure: MonitorFigure, result: PublishedIndicatorResult): FigureCell {
  const value = figure.value(result);
  if (value !== null) return { kind: 'value', value };
  return figure.unit !== 'count' && figure.n(result) === 0 ? { kind: 'empty' } : { kind: 'suppressed' };
}
