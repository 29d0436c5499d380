import {
  figureCell,
  MONITOR_FIGURES,
  monitorFigure,
  type AgeGroup,
  type FigureCell,
  type MonitorDashboard,
  type MonitorStatus,
  type MonitorUnit,
  type PopulationFigure,
  type PublishedIndicatorResult,
} from '@springplank/contract';
import { FIGURE_LABELS, HEADLINE_LABELS } from './export-labels';

/** Where in the dashboard a figure comes from (the CSV's section column). */
export const EXPORT_SECTIONS = [
  'headline_current',
  'headline_baseline',
  'headline_target',
  'current',
  'young_adults',
  'trend',
  'mo_years',
  'municipalities',
] as const;
export type ExportSectionKey = (typeof EXPORT_SECTIONS)[number];

/** One figure of the dashboard with everything needed to read it on its own: one CSV line. */
export interface ExportRecord {
  section: ExportSectionKey;
  /** The peildatum the figure is computed on; null for a target set for a year. */
  date: string | null;
  /** The calendar year of the year figure (MO clients); null for a target set for a date. */
  year: number | null;
  /** The municipality the figure is about; null = the whole region. */
  municipality: { code: string; name: string } | null;
  ageGroup: AgeGroup | null;
  /** A figure id (MONITOR_FIGURES) or, in the target sections, a headline id. */
  indicator: string;
  /** Dutch name of the indicator. */
  label: string;
  population: PopulationFigure;
  unit: MonitorUnit;
  /** The unrounded value, or why there is none. */
  cell: FigureCell;
  /** How many persons (or records) the figure rests on; null when suppressed; undefined for targets. */
  n: number | null | undefined;
  /** The headline's status against its target (target sections only). */
  status: MonitorStatus | null;
}

/** A headline part (value, baseline, target) as a cell: the same three cases as a figure. */
function partCell(value: number | null, suppressed: boolean): FigureCell {
  if (value !== null) return { kind: 'value', value };
  return suppressed ? { kind: 'suppressed' } : { kind: 'empty' };
}

/**
 * The dashboard as one record per figure, in the dashboard's order: the targets (value,
 * baseline, target), all figures, young adults, the monthly trend, MO clients per year and
 * the municipalities. Values stay unrounded; the CSV writers decide how to show them.
 */
export function exportRecords(dashboard: MonitorDashboard): ExportRecord[] {
  const filtered = dashboard.municipalities.find((m) => m.code === dashboard.municipality);
  const scope = {
    municipality: filtered ? { code: filtered.code, name: filtered.name } : null,
    ageGroup: dashboard.ageGroup,
  };
  const records: ExportRecord[] = [];
  const figuresOf = (
    section: ExportSectionKey,
    result: PublishedIndicatorResult,
    where: Pick<ExportRecord, 'municipality' | 'ageGroup'>,
  ) => {
    for (const figure of MONITOR_FIGURES) {
      records.push({
        section,
        date: result.date,
        year: result.year,
        ...where,
        indicator: figure.id,
        label: FIGURE_LABELS[figure.id],
        population: figure.population,
        unit: figure.unit,
        cell: figureCell(figure, result),
        n: figure.n(result),
        status: null,
      });
    }
  };

  for (const h of dashboard.headlines) {
    const common = { ...scope, indicator: h.id, label: HEADLINE_LABELS[h.id], population: h.population };
    const head = { ...common, unit: h.unit, n: undefined, status: h.status };
    records.push(
      {
        ...head,
        section: 'headline_current',
        date: dashboard.date,
        year: dashboard.year,
        cell: partCell(h.current.value, h.current.suppressed),
      },
      {
        ...head,
        section: 'headline_baseline',
        // A baseline moment is a date or a year; the other coordinate is the dashboard's.
        date: h.baseline.date ?? dashboard.date,
        year: h.baseline.year ?? dashboard.year,
        cell: partCell(h.baseline.value, h.baseline.suppressed),
      },
      {
        ...head,
        section: 'headline_target',
        date: h.target.date,
        year: h.target.year,
        cell: partCell(h.target.value, h.target.suppressed),
      },
    );
  }
  figuresOf('current', dashboard.current, scope);
  figuresOf('young_adults', dashboard.youngAdults, { ...scope, ageGroup: '18-27' });
  for (const point of dashboard.trend) figuresOf('trend', point, scope);
  const mo = monitorFigure('mo_clients_total');
  for (const row of dashboard.moYears) {
    records.push({
      section: 'mo_years',
      date: dashboard.date,
      year: row.year,
      ...scope,
      indicator: mo.id,
      label: FIGURE_LABELS[mo.id],
      population: mo.population,
      unit: mo.unit,
      // A null count is always a suppressed one (a count of nobody is 0).
      cell: partCell(row.total, true),
      n: row.total,
      status: null,
    });
  }
  for (const m of dashboard.municipalities) {
    figuresOf('municipalities', m.result, { municipality: { code: m.code, name: m.name }, ageGroup: scope.ageGroup });
  }
  return records;
}
