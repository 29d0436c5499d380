import {
  figureCell,
  MONITOR_FIGURES,
  type MonitorDashboard,
  type MonitorFigure,
  type MonitorUnit,
  type PublishedIndicatorResult,
} from '@springplank/contract';
import { EMPTY, FIGURE_LABELS, HEADLINE_LABELS, STATUS_LABELS, SUPPRESSED, UNIT_LABELS } from './export-labels';

/**
 * A cell of an export: a value with its unit (for the spreadsheet's number format), a
 * calendar date (YYYY-MM-DD), a moment (ISO date-time), a plain whole number (a year) or text.
 */
export type ExportCell =
  { value: number; unit: MonitorUnit } | { date: string } | { dateTime: string } | number | string;

/** One table of an export. */
export interface ExportSection {
  /** Short name, also the worksheet name (at most 31 characters). */
  title: string;
  columns: string[];
  rows: ExportCell[][];
}

/** An export: the header lines (label, value) and the tables. */
export interface ExportDocument {
  header: [string, ExportCell][];
  sections: ExportSection[];
}

/** A figure as a cell: its unrounded value, "afgeschermd" when suppressed, "geen gegevens" when nobody is in it. */
function cellOf(figure: MonitorFigure, result: PublishedIndicatorResult): ExportCell {
  const cell = figureCell(figure, result);
  if (cell.kind === 'value') return { value: cell.value, unit: figure.unit };
  return cell.kind === 'suppressed' ? SUPPRESSED : EMPTY;
}

function numberCell(value: number | null, suppressed: boolean, unit: MonitorUnit): ExportCell {
  if (value !== null) return { value, unit };
  return suppressed ? SUPPRESSED : EMPTY;
}

/** The moment of a baseline or target: a date, or a year. */
function momentCell(moment: { date: string | null; year: number | null }): ExportCell {
  return moment.date ? { date: moment.date } : (moment.year ?? '');
}

function columnLabel(figure: MonitorFigure): string {
  return `${FIGURE_LABELS[figure.id]} (${UNIT_LABELS[figure.unit]})`;
}

/**
 * The export of a dashboard: the same figures the screen shows, unrounded, with a header
 * naming region, peildatum, year, filters and generation time.
 */
export function exportDocument(dashboard: MonitorDashboard): ExportDocument {
  const municipality = dashboard.municipalities.find((m) => m.code === dashboard.municipality);
  const header: [string, ExportCell][] = [
    ['Regionale monitor', dashboard.region.name],
    ['Regio', dashboard.region.slug],
    ['Peildatum', { date: dashboard.date }],
    ['Jaar', dashboard.year],
    ['Gemeente', municipality ? `${municipality.name} (${municipality.code})` : 'alle gemeenten'],
    ['Leeftijdsgroep', dashboard.ageGroup ?? 'alle leeftijden'],
    ['Ontwikkeling', `${dashboard.months} maanden`],
    [
      'Kleine aantallen',
      dashboard.suppressed ? `"${SUPPRESSED}" = minder dan 5 personen` : 'exact (toegangsmedewerker)',
    ],
    ['Gemaakt op', { dateTime: dashboard.generatedAt }],
  ];
  const targets: ExportSection = {
    title: 'Doelen',
    columns: ['Indicator', 'Eenheid', 'Waarde', 'Nulmeting', 'Moment nulmeting', 'Doel', 'Doelmoment', 'Status'],
    rows: dashboard.headlines.map((h) => [
      HEADLINE_LABELS[h.id],
      UNIT_LABELS[h.unit],
      numberCell(h.current.value, h.current.suppressed, h.unit),
      numberCell(h.baseline.value, h.baseline.suppressed, h.unit),
      momentCell(h.baseline),
      numberCell(h.target.value, h.target.suppressed, h.unit),
      momentCell(h.target),
      STATUS_LABELS[h.status],
    ]),
  };
  const figures: ExportSection = {
    title: 'Alle cijfers',
    columns: ['Cijfer', 'Eenheid', 'Waarde', 'Aantal', 'Jongvolwassenen 18-27', 'Aantal 18-27'],
    rows: MONITOR_FIGURES.map((figure) => [
      FIGURE_LABELS[figure.id],
      UNIT_LABELS[figure.unit],
      cellOf(figure, dashboard.current),
      numberCell(figure.n(dashboard.current), true, 'count'),
      cellOf(figure, dashboard.youngAdults),
      numberCell(figure.n(dashboard.youngAdults), true, 'count'),
    ]),
  };
  const trend: ExportSection = {
    title: 'Ontwikkeling per maand',
    columns: ['Peildatum', ...MONITOR_FIGURES.map(columnLabel)],
    rows: dashboard.trend.map((point) => [{ date: point.date }, ...MONITOR_FIGURES.map((f) => cellOf(f, point))]),
  };
  const moYears: ExportSection = {
    title: 'MO-cliënten per jaar',
    columns: ['Jaar', `${FIGURE_LABELS.mo_clients_total} (${UNIT_LABELS.count})`],
    rows: dashboard.moYears.map((row) => [row.year, numberCell(row.total, true, 'count')]),
  };
  const municipalities: ExportSection = {
    title: 'Gemeenten',
    columns: ['Gemeente', 'CBS-code', ...MONITOR_FIGURES.map(columnLabel)],
    rows: dashboard.municipalities.map((m) => [m.name, m.code, ...MONITOR_FIGURES.map((f) => cellOf(f, m.result))]),
  };
  return { header, sections: [targets, figures, trend, moYears, municipalities] };
}
