import { figureCell, MONITOR_FIGURES, type MonitorDashboard } from '@springplank/contract';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, referenceRegion } from '../../test/factories';
import { insertMonitorDataset, MONITOR_DATE, MONITOR_YEAR } from '../../test/monitor-factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { FIGURE_LABELS, HEADLINE_LABELS } from './export-labels';

const QUERY = `date=${MONITOR_DATE}&year=${MONITOR_YEAR}`;

/** What an export cell must hold for a figure of a result. */
function expectedCell(figure: (typeof MONITOR_FIGURES)[number], result: MonitorDashboard['current']) {
  const cell = figureCell(figure, result);
  return cell.kind === 'value' ? cell.value : cell.kind === 'suppressed' ? '<5' : '';
}

async function workbookOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** The rows of a worksheet as plain values (1-based columns shifted to 0-based). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
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

  it('exports the same figures as the dashboard to XLSX, "<5" where suppressed, with a header', async () => {
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
    const figures = rowsOf(workbook.getWorksheet('Alle cijfers')!);
    const header = Object.fromEntries(figures.slice(0, 9).map((row) => [row[0], row[1]]));
    expect(header).toMatchObject({
      'Regionale monitor': 'Regio Midden-IJssel',
      Peildatum: MONITOR_DATE,
      Jaar: String(MONITOR_YEAR),
      Gemeente: 'Deventer (GM0150)',
      Leeftijdsgroep: 'alle leeftijden',
      'Gemaakt op': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    for (const figure of MONITOR_FIGURES) {
      const row = figures.find((r) => r[0] === FIGURE_LABELS[figure.id]);
      expect(row, figure.id).toBeDefined();
      expect(row![2] ?? '', figure.id).toEqual(expectedCell(figure, dashboard.current));
      expect(row![4] ?? '', figure.id).toEqual(expectedCell(figure, dashboard.youngAdults));
    }
    // Spot checks: 3 persons waiting is suppressed, 11 in BW (8 in care + 3 waiting) is not.
    expect(figures.find((r) => r[0] === FIGURE_LABELS.bw_clients_waiting)![2]).toBe('<5');
    expect(figures.find((r) => r[0] === FIGURE_LABELS.bw_clients_total)![2]).toBe(11);
    const targets = rowsOf(workbook.getWorksheet('Doelen')!);
    const bw = targets.find((r) => r[0] === HEADLINE_LABELS.bw_clients)!;
    expect(bw.slice(2, 8)).toEqual([11, 8, '2024-01-01', 6.4, '2027-01-01', 'niet op koers']);
    const trend = rowsOf(workbook.getWorksheet('Ontwikkeling per maand')!);
    const last = trend.find((r) => r[0] === '2025-01-01')!;
    expect(last.slice(1, 4)).toEqual([11, 8, '<5']);
  });

  it('exports the same figures to CSV, exact for the access officer', async () => {
    const dashboard = (await officer.get(`/api/v1/monitor/dashboard?${QUERY}`)).json<MonitorDashboard>();
    const response = await officer.get(`/api/v1/monitor/export.csv?${QUERY}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const records: string[][] = parse(response.body, { bom: true, relax_column_count: true });
    const header = Object.fromEntries(records.slice(0, 9).map((r) => [r[0], r[1]]));
    expect(header).toMatchObject({
      Regio: 'midden-ijssel',
      Peildatum: MONITOR_DATE,
      Gemeente: 'alle gemeenten',
      'Kleine aantallen': 'exact (toegangsmedewerker)',
      'Gemaakt op': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const start = records.findIndex((r) => r[0] === 'Alle cijfers');
    for (const figure of MONITOR_FIGURES) {
      const row = records.slice(start).find((r) => r[0] === FIGURE_LABELS[figure.id])!;
      const expected = expectedCell(figure, dashboard.current);
      expect(row[2] === '' ? '' : Number(row[2]), figure.id).toEqual(expected);
    }
    const municipalities = records.slice(records.findIndex((r) => r[0] === 'Gemeenten') + 2);
    const lochem = municipalities.find((r) => r[1] === 'GM0262')!;
    expect(Number(lochem[2])).toBe(2);
  });

  it('refuses an export with bad filters', async () => {
    expect((await analyst.get(`/api/v1/monitor/export.csv?${QUERY}&months=3`)).statusCode).toBe(400);
    expect((await analyst.get(`/api/v1/monitor/export.xlsx?year=2024`)).statusCode).toBe(400);
  });
});
