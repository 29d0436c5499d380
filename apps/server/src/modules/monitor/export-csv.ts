import { formatMonitorNumber, type MonitorCsvVariant, type MonitorDashboard } from '@springplank/contract';
import { numericCell, spreadsheetSafeRow, type SpreadsheetCell } from '@springplank/domain';
import { stringify } from 'csv-stringify/sync';
import { AGE_GROUP_LABELS, EMPTY, SECTION_LABELS, STATUS_LABELS, SUPPRESSED, UNIT_LABELS } from './export-labels';
import { exportRecords, type ExportRecord } from './export-records';

/** The Dutch spreadsheet's columns, in order (docs/MONITOR-EXPORTS.md describes them). */
export const EXCEL_COLUMNS = [
  'Onderdeel',
  'Peildatum',
  'Jaar',
  'Gemeente',
  'CBS-code',
  'Leeftijdsgroep',
  'Indicator',
  'Eenheid',
  'Waarde',
  'Populatie (n)',
  'Oordeel doel',
] as const;

/** The machine variant's columns, in order. */
export const RFC4180_COLUMNS = [
  'region',
  'section',
  'date',
  'year',
  'municipality_code',
  'municipality_name',
  'age_group',
  'indicator',
  'label',
  'population',
  'unit',
  'value',
  'value_status',
  'n',
  'target_status',
] as const;

/** 2025-01-01 → 01-01-2025: the date pattern Dutch Excel (and LibreOffice) read as a date. */
function dutchDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/** One record as the Dutch spreadsheet shows it: values rounded as on screen, words for gaps. */
function excelLine(record: ExportRecord): string[] {
  const { cell } = record;
  const value: SpreadsheetCell =
    cell.kind === 'value'
      ? numericCell(formatMonitorNumber(cell.value, record.unit, 'nl', { grouping: false }))
      : cell.kind === 'suppressed'
        ? SUPPRESSED
        : EMPTY;
  const n: SpreadsheetCell =
    record.n === undefined
      ? ''
      : record.n === null
        ? SUPPRESSED
        : numericCell(formatMonitorNumber(record.n, 'count', 'nl', { grouping: false }));
  return spreadsheetSafeRow([
    SECTION_LABELS[record.section],
    dutchDate(record.date),
    record.year,
    record.municipality?.name ?? 'alle gemeenten',
    record.municipality?.code ?? '',
    AGE_GROUP_LABELS[record.ageGroup ?? 'all'],
    record.label,
    UNIT_LABELS[record.unit],
    value,
    n,
    record.status ? STATUS_LABELS[record.status] : '',
  ]);
}

/** One record for software: ISO dates, the API's unrounded values and units, an explicit status. */
function rfc4180Line(region: string, record: ExportRecord): string[] {
  const { cell } = record;
  return spreadsheetSafeRow([
    region,
    record.section,
    record.date,
    record.year,
    record.municipality?.code ?? '',
    record.municipality?.name ?? '',
    record.ageGroup ?? '',
    record.indicator,
    record.label,
    record.population,
    record.unit,
    cell.kind === 'value' ? cell.value : null,
    cell.kind === 'value' ? 'ok' : cell.kind,
    record.n,
    record.status,
  ]);
}

/**
 * The dashboard as CSV, one line per figure. `excel`: what Dutch Excel opens correctly by a
 * double click (semicolons, decimal comma, UTF-8 byte-order mark, CRLF, dd-mm-jjjj dates,
 * values rounded as on screen, "afgeschermd" for a suppressed cell). Both variants neutralise
 * formulas in text cells (spreadsheet-safety in the domain) and leave numbers, also negative
 * ones, as numbers.
 * `rfc4180`: comma-separated with CRLF and no byte-order mark, ISO dates, INDICATORS.md's
 * unrounded values (shares 0–1), an empty value with `value_status` saying why.
 */
export function toCsv(dashboard: MonitorDashboard, variant: MonitorCsvVariant): string {
  const records = exportRecords(dashboard);
  if (variant === 'excel') {
    return stringify([[...EXCEL_COLUMNS], ...records.map(excelLine)], {
      delimiter: ';',
      record_delimiter: 'windows',
      bom: true,
    });
  }
  return stringify([[...RFC4180_COLUMNS], ...records.map((record) => rfc4180Line(dashboard.region.slug, record))], {
    delimiter: ',',
    record_delimiter: 'windows',
  });
}
