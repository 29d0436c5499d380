import {
  figureCell,
  MONITOR_FIGURES,
  monitorFigure,
  type FigureCell,
  type MonitorDashboard,
  type PublishedIndicatorResult,
} from '@springplank/contract';
import type { MonitorFigureId } from '@springplank/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { municipalities } from '../../db/schema';
import { createUser, referenceRegion } from '../../test/factories';
import { insertMonitorDataset, MONITOR_DATE, MONITOR_YEAR } from '../../test/monitor-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { EXCEL_COLUMNS, RFC4180_COLUMNS } from './export-csv';
import { FIGURE_LABELS, HEADLINE_LABELS, SECTION_LABELS } from './export-labels';

const QUERY = `date=${MONITOR_DATE}&year=${MONITOR_YEAR}`;
/** The Dutch spreadsheet's figure lines: a whole number, one decimal, or a word for a gap. */
const SHOWN = { count: /^\d+$/, months: /^\d+,\d$/, share: /^\d+,\d$/ } as const;

/** What an XLSX cell must hold for a figure of a result: the unrounded value, or a word. */
function expectedXlsx(cell: FigureCell) {
  return cell.kind === 'value' ? cell.value : cell.kind === 'suppressed' ? 'afgeschermd' : 'geen gegevens';
}

async function workbookOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** The cells of a worksheet (1-based columns shifted to 0-based). */
function cellsOf(sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell));
    rows.push(cells);
  });
  return rows;
}

/** A Dutch number ("58,4") back as a number. */
const dutchNumber = (text: string) => Number(text.replace(',', '.'));

/** The Dutch CSV value must be the dashboard's value rounded as the screen shows it. */
function expectDutchValue(text: string, cell: FigureCell, unit: keyof typeof SHOWN, what: string) {
  if (cell.kind === 'suppressed') return expect(text, what).toBe('afgeschermd');
  if (cell.kind === 'empty') return expect(text, what).toBe('geen gegevens');
  expect(text, what).toMatch(SHOWN[unit]);
  const shown = unit === 'share' ? cell.value * 100 : cell.value;
  expect(Math.abs(dutchNumber(text) - shown), what).toBeLessThanOrEqual(unit === 'count' ? 0 : 0.05 + 1e-9);
}

type Line = Record<string, string>;

/** The Dutch CSV read back: BOM, semicolons, CRLF. */
function readExcelCsv(body: Buffer): Line[] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString('utf8');
  expect(text.split('\r\n').length).toBeGreaterThan(100);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines: string[][] = parse(body, { bom: true, delimiter: ';' });
  expect(lines[0]).toEqual([...EXCEL_COLUMNS]);
  return parse(body, { bom: true, delimiter: ';', columns: true });
}

/** The machine CSV read back: no BOM, commas, CRLF. */
function readRfc4180Csv(body: Buffer): Line[] {
  expect(body[0]).not.toBe(0xef);
  expect(body.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines: string[][] = parse(body, { delimiter: ',' });
  expect(lines[0]).toEqual([...RFC4180_COLUMNS]);
  return parse(body, { delimiter: ',', columns: true });
}

/** The lines of one section (and municipality) with their indicator as the key. */
function byIndicator(lines: Line[], section: string, key: string, municipality?: string): Map<string, Line> {
  const rows = lines.filter((l) => l[key === 'Indicator' ? 'Onderdeel' : 'section'] === section);
  const scoped = municipality ? rows.filter((l) => (l['CBS-code'] ?? l.municipality_code) === municipality) : rows;
  return new Map(scoped.map((l) => [l[key]!, l]));
}

describe('monitor exports', () => {
  const ctx = useTestApp();
  let analyst: SignedInClient;
  let officer: SignedInClient;

  beforeAll(async () => {
    const { db, signIn } = ctx();
    await insertMonitorDataset(db, (await referenceRegion(db)).id);
    analyst = await signIn((await createUser(db, { role: 'policy_analyst' })).email);
    officer = await signIn((await createUser(db, { role: 'access_officer' })).email);
  });

  it('exports the dashboard to XLSX unrounded with display formats, real dates and words for gaps', async () => {
    const dashboard = (
      await analyst.get(`/api/v1/monitor/dashboard?${QUERY}&municipality=GM0150`)
    ).json<MonitorDashboard>();
    const response = await analyst.get(`/api/v1/monitor/export.xlsx?${QUERY}&municipality=GM0150`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('monitor-2025-01-01-2024-GM0150.xlsx');
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Doelen',
      'Alle cijfers',
      'Ontwikkeling per maand',
      'MO-cliënten per jaar',
      'Gemeenten',
    ]);
    const figures = cellsOf(workbook.getWorksheet('Alle cijfers')!);
    const header = Object.fromEntries(figures.slice(0, 9).map((row) => [row[0]!.value, row[1]!.value]));
    expect(header).toMatchObject({
      'Regionale monitor': 'Regio Midden-IJssel',
      Peildatum: new Date(`${MONITOR_DATE}T00:00:00Z`),
      Jaar: MONITOR_YEAR,
      Gemeente: 'Deventer (GM0150)',
      Leeftijdsgroep: 'alle leeftijden',
      'Gemaakt op': expect.any(Date),
    });
    expect(figures[2]![1]!.numFmt).toBe('dd-mm-yyyy');
    for (const figure of MONITOR_FIGURES) {
      const row = figures.find((r) => r[0]?.value === FIGURE_LABELS[figure.id])!;
      expect(row, figure.id).toBeDefined();
      const [now, young] = [figureCell(figure, dashboard.current), figureCell(figure, dashboard.youngAdults)];
      expect(row[2]!.value, figure.id).toEqual(expectedXlsx(now));
      expect(row[4]!.value, figure.id).toEqual(expectedXlsx(young));
      if (now.kind === 'value') {
        expect(row[2]!.numFmt, figure.id).toBe({ count: '0', months: '0.0', share: '0.0%' }[figure.unit]);
      }
    }
    // 3 persons waiting and a share of 4 in 5 housed are suppressed; 11 in BW (8 + 3) is not.
    const value = (id: MonitorFigureId) => figures.find((r) => r[0]?.value === FIGURE_LABELS[id])![2]!.value;
    expect(value('bw_clients_waiting')).toBe('afgeschermd');
    expect(value('housing_within_3_months')).toBe('afgeschermd');
    expect(value('bw_clients_total')).toBe(11);
    const targets = cellsOf(workbook.getWorksheet('Doelen')!);
    const bw = targets.find((r) => r[0]?.value === HEADLINE_LABELS.bw_clients)!;
    expect(bw.slice(2, 8).map((c) => c.value)).toEqual([
      11,
      8,
      new Date('2024-01-01T00:00:00Z'),
      6.4,
      new Date('2027-01-01T00:00:00Z'),
      'niet op koers',
    ]);
    expect(bw[5]!.numFmt).toBe('0.0'); // a derived target of 6.4 persons keeps its decimal
    const trend = cellsOf(workbook.getWorksheet('Ontwikkeling per maand')!);
    const last = trend.find((r) => r[0]?.value instanceof Date && r[0].value.getTime() === Date.UTC(2025, 0, 1))!;
    expect(last.slice(1, 4).map((c) => c.value)).toEqual([11, 8, 'afgeschermd']);
    // No sheet holds "<5" anywhere, least of all in a column of percentages.
    for (const sheet of workbook.worksheets) {
      for (const row of cellsOf(sheet)) for (const cell of row) expect(cell.value, sheet.name).not.toBe('<5');
    }
  });

  it('exports a Dutch CSV that Excel opens: one line per figure, rounded as shown, dd-mm-jjjj dates', async () => {
    const dashboard = (
      await analyst.get(`/api/v1/monitor/dashboard?${QUERY}&municipality=GM0150`)
    ).json<MonitorDashboard>();
    const response = await analyst.get(`/api/v1/monitor/export.csv?${QUERY}&municipality=GM0150`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('monitor-2025-01-01-2024-GM0150.csv');
    const lines = readExcelCsv(response.rawPayload);
    const figures = MONITOR_FIGURES.length;
    expect(lines).toHaveLength(
      dashboard.headlines.length * 3 +
        figures * (2 + dashboard.trend.length + dashboard.municipalities.length) +
        dashboard.moYears.length,
    );

    const compare = (section: string, result: PublishedIndicatorResult, municipality?: string) => {
      const date = result.date.split('-').reverse().join('-');
      const rows = byIndicator(
        lines.filter((l) => l.Peildatum === date),
        section,
        'Indicator',
        municipality,
      );
      for (const figure of MONITOR_FIGURES) {
        const line = rows.get(FIGURE_LABELS[figure.id])!;
        expect(line, `${section} ${figure.id}`).toBeDefined();
        expectDutchValue(line.Waarde!, figureCell(figure, result), figure.unit, `${section} ${figure.id}`);
        expect(line.Jaar).toBe(String(result.year));
      }
    };
    compare(SECTION_LABELS.current, dashboard.current);
    compare(SECTION_LABELS.young_adults, dashboard.youngAdults);
    for (const m of dashboard.municipalities) compare(SECTION_LABELS.municipalities, m.result, m.code);
    for (const point of dashboard.trend) {
      const date = point.date.split('-').reverse().join('-');
      compare(SECTION_LABELS.trend, point);
      expect(lines.filter((l) => l.Onderdeel === SECTION_LABELS.trend && l.Peildatum === date)).toHaveLength(figures);
    }

    const current = byIndicator(lines, SECTION_LABELS.current, 'Indicator');
    expect(current.get(FIGURE_LABELS.bw_clients_total)).toMatchObject({
      Peildatum: '01-01-2025',
      Gemeente: 'Deventer',
      'CBS-code': 'GM0150',
      Leeftijdsgroep: 'alle leeftijden',
      Eenheid: 'aantal personen',
      Waarde: '11',
      'Populatie (n)': '11',
    });
    expect(current.get(FIGURE_LABELS.bw_clients_waiting)).toMatchObject({ Waarde: 'afgeschermd' });
    // A share resting on 4 of 5 persons: suppressed in the percentage column, its n of 5 shown.
    expect(current.get(FIGURE_LABELS.housing_within_3_months)).toMatchObject({
      Eenheid: 'procent',
      Waarde: 'afgeschermd',
      'Populatie (n)': '5',
    });
    const lochem = byIndicator(lines, SECTION_LABELS.municipalities, 'Indicator', 'GM0262');
    expect(lochem.get(FIGURE_LABELS.bw_clients_total)!.Waarde).toBe('afgeschermd');

    const target = byIndicator(lines, SECTION_LABELS.headline_target, 'Indicator');
    expect(target.get(HEADLINE_LABELS.bw_clients)).toMatchObject({
      Peildatum: '01-01-2027',
      Waarde: '6,4',
      'Oordeel doel': 'niet op koers',
    });
    const moYears = lines.filter((l) => l.Onderdeel === SECTION_LABELS.mo_years);
    expect(moYears.map((l) => Number(l.Jaar))).toEqual(dashboard.moYears.map((row) => row.year));

    for (const line of lines) {
      // No value shows more decimals than the screen; "<5" appears nowhere, in no percentage column.
      const unit = ({ 'aantal personen': 'count', maanden: 'months', procent: 'share' } as const)[line.Eenheid!]!;
      const target = line.Onderdeel === SECTION_LABELS.headline_target && unit === 'count';
      expect(line.Waarde, JSON.stringify(line)).toMatch(
        target
          ? /^(\d+(,\d)?|afgeschermd|geen gegevens)$/
          : new RegExp(`${SHOWN[unit].source}|^afgeschermd$|^geen gegevens$`),
      );
      expect(line['Populatie (n)']).toMatch(/^(\d*|afgeschermd)$/);
      expect(Object.values(line)).not.toContain('<5');
      if (line.Peildatum) expect(line.Peildatum).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    }
  });

  it('exports an RFC 4180 CSV with the unrounded values and an explicit status', async () => {
    const dashboard = (await officer.get(`/api/v1/monitor/dashboard?${QUERY}`)).json<MonitorDashboard>();
    const response = await officer.get(`/api/v1/monitor/export.csv?${QUERY}&variant=rfc4180`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('monitor-2025-01-01-2024-rfc4180.csv');
    const lines = readRfc4180Csv(response.rawPayload);
    const compare = (section: string, result: PublishedIndicatorResult, municipality?: string) => {
      const rows = byIndicator(lines, section, 'indicator', municipality);
      for (const figure of MONITOR_FIGURES) {
        const line = rows.get(figure.id)!;
        const cell = figureCell(figure, result);
        expect(line, `${section} ${figure.id}`).toMatchObject({
          region: 'midden-ijssel',
          date: result.date,
          year: String(result.year),
          unit: figure.unit,
          population: figure.population,
          value_status: cell.kind === 'value' ? 'ok' : cell.kind,
          n: String(figure.n(result) ?? ''),
        });
        // Exactly the API's number: shares 0–1, months unrounded.
        expect(line.value === '' ? null : Number(line.value), `${section} ${figure.id}`).toBe(figure.value(result));
      }
    };
    compare('current', dashboard.current);
    compare('young_adults', dashboard.youngAdults);
    for (const m of dashboard.municipalities) compare('municipalities', m.result, m.code);
    const lochem = byIndicator(lines, 'municipalities', 'indicator', 'GM0262').get('bw_clients_total')!;
    expect(lochem).toMatchObject({ municipality_name: 'Lochem', value: '2', value_status: 'ok' });
    expect(byIndicator(lines, 'current', 'indicator').get('housing_within_3_months')!.value).toBe('0.8');
    const months = monitorFigure('bw_wait_beschut_wonen_current');
    const wait = byIndicator(lines, 'current', 'indicator').get(months.id)!;
    expect(Number(wait.value)).toBe(months.value(dashboard.current));
    const target = byIndicator(lines, 'headline_target', 'indicator').get('bw_clients')!;
    expect(target).toMatchObject({ date: '2027-01-01', year: '', target_status: 'off_track', n: '' });
  });

  it('leaves a suppressed value empty in the RFC 4180 CSV and says so', async () => {
    const response = await analyst.get(`/api/v1/monitor/export.csv?${QUERY}&municipality=GM0150&variant=rfc4180`);
    const current = byIndicator(readRfc4180Csv(response.rawPayload), 'current', 'indicator');
    expect(current.get('bw_clients_waiting')).toMatchObject({ value: '', value_status: 'suppressed', n: '' });
    expect(current.get('housing_within_3_months')).toMatchObject({ value: '', value_status: 'suppressed', n: '5' });
    expect(current.get('bw_wait_beschermd_wonen_realized')).toMatchObject({ value: '', value_status: 'empty' });
  });

  it('refuses an export with bad filters or an unknown variant', async () => {
    expect((await analyst.get(`/api/v1/monitor/export.csv?${QUERY}&months=3`)).statusCode).toBe(400);
    expect((await analyst.get(`/api/v1/monitor/export.csv?${QUERY}&variant=tsv`)).statusCode).toBe(400);
    expect((await analyst.get(`/api/v1/monitor/export.xlsx?year=2024`)).statusCode).toBe(400);
  });

  it('neutralises a formula in a text cell of both CSVs but keeps the numbers numbers', async () => {
    const { db } = ctx();
    const formula = '=HYPERLINK("https://example.org","Lochem")';
    await db.update(municipalities).set({ name: formula }).where(eq(municipalities.code, 'GM0262'));
    try {
      const excel = readExcelCsv((await analyst.get(`/api/v1/monitor/export.csv?${QUERY}`)).rawPayload);
      const lochem = byIndicator(excel, SECTION_LABELS.municipalities, 'Indicator', 'GM0262');
      expect(lochem.get(FIGURE_LABELS.bw_clients_total)!.Gemeente).toBe(`'${formula}`);
      const machine = readRfc4180Csv(
        (await officer.get(`/api/v1/monitor/export.csv?${QUERY}&variant=rfc4180`)).rawPayload,
      );
      const line = byIndicator(machine, 'municipalities', 'indicator', 'GM0262').get('bw_clients_total')!;
      expect(line).toMatchObject({ municipality_name: `'${formula}`, value: '2' });
      for (const row of [...excel, ...machine]) {
        for (const text of Object.values(row)) expect(text, JSON.stringify(row)).not.toMatch(/^[=+@\t\r]/);
      }
    } finally {
      await db.update(municipalities).set({ name: 'Lochem' }).where(eq(municipalities.code, 'GM0262'));
    }
  });
});
