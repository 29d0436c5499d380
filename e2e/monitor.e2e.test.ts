import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';

/** The dashboard runs some twenty indicator calls; on a busy machine that takes a while. */
const SLOW = { timeout: 60_000 };
/** Each journey loads one or two dashboards and a report. */
const JOURNEY_TIMEOUT = 240_000;

describe('regional monitor: dashboard, print report, targets and the drill-down', () => {
  const { newPage } = useBrowser();

  it(
    'a policy analyst reads the dashboard with suppressed small numbers and opens the print report',
    async () => {
      const page = await newPage();
      await signIn(page, 'beleid@deventer.demo.test');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Regionale monitor' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Regionale monitor' }).waitFor();
      await page.getByTestId('monitor-dashboard').waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByTestId('monitor-shown-for').innerText(), SLOW).toContain('"<5"');
      expect(await page.getByTestId('monitor-headlines').getByRole('article').count()).toBe(6);
      // The status is in words, never colour alone; analysts get no links to persons.
      await expect
        .poll(() => page.getByTestId('headline-bw_clients-status').innerText())
        .toMatch(/Doel gehaald|Op koers|Niet op koers|Geen oordeel mogelijk/);
      expect(await page.getByTestId('monitor-headlines').getByRole('link').count()).toBe(0);
      expect(await page.getByTestId('trend-bw-table').locator('tbody tr').count()).toBe(12);
      expect(await page.getByTestId('monitor-municipalities-table').locator('tbody tr').count()).toBe(5);
      expect(await page.getByTestId('monitor-export-xlsx').getAttribute('href')).toMatch(
        /^\/api\/v1\/monitor\/export\.xlsx\?/,
      );
      // Two CSVs: the Dutch spreadsheet (the default variant) and RFC 4180 for software.
      expect(await page.getByTestId('monitor-export-csv').getAttribute('href')).toMatch(
        /^\/api\/v1\/monitor\/export\.csv\?.*variant=excel/,
      );
      const machineCsv = await page.getByTestId('monitor-export-csv-rfc4180').getAttribute('href');
      expect(machineCsv).toMatch(/^\/api\/v1\/monitor\/export\.csv\?.*variant=rfc4180/);
      const download = await page.request.get(machineCsv!, { timeout: 120_000 });
      expect(download.status()).toBe(200);
      expect((await download.text()).split('\r\n')[0]).toMatch(/^region,section,date,year,/);
      await expectAccessible(page, 'monitor dashboard (policy analyst)');

      // A bad peildatum is refused on the page, in an error summary.
      await page.getByLabel('Peildatum', { exact: true }).fill('2025-13-01');
      await page.getByRole('button', { name: 'Toon de cijfers' }).click();
      await expect.poll(() => page.getByRole('link', { name: /Peildatum:/ }).count(), SLOW).toBe(1);
      await expectAccessible(page, 'monitor filters with an error');

      await page.getByLabel('Peildatum', { exact: true }).fill('2025-01-01');
      await page.getByLabel('Jaar', { exact: true }).fill('2024');
      await page.getByLabel('Leeftijd', { exact: true }).selectOption('18-27');
      await page.getByRole('button', { name: 'Toon de cijfers' }).click();
      await expect.poll(() => new URL(page.url()).search, SLOW).toContain('ageGroup=18-27');
      await expect.poll(() => page.getByTestId('monitor-shown-for').innerText(), SLOW).toContain('2024');

      await page.getByTestId('monitor-report-link').click();
      await page.getByTestId('monitor-report').waitFor({ timeout: 60_000 });
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
      expect(await page.getByTestId('report-headlines-table').locator('tbody tr').count()).toBe(6);
      await expectAccessible(page, 'monitor print report');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print dit rapport' }).isVisible()).toBe(false);
      // The charts print as SVG next to their tables, with a size of their own (nothing measured).
      for (const chart of [
        'trend-bw-chart',
        'trend-wait-chart',
        'trend-shares-chart',
        'monitor-municipalities-chart',
      ]) {
        const svg = page.getByTestId(chart).locator('.recharts-wrapper > svg.recharts-surface');
        expect(await svg.isVisible(), chart).toBe(true);
        expect((await svg.boundingBox())?.width, chart).toBeGreaterThan(300);
      }
      expect(await page.getByTestId('trend-bw-chart').locator('.recharts-line').count()).toBe(3);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'an administrator sees the targets of the regiovisie',
    async () => {
      const page = await newPage();
      await signIn(page, 'beheer@deventer.demo.test');
      await page.goto('/beheer/doelen');
      await page.getByTestId('targets-table').waitFor({ timeout: 60_000 });
      expect(
        await page.getByLabel('Cliënten beschermd wonen: procent minder: Waarde', { exact: true }).inputValue(),
      ).toBe('20');
      await expectAccessible(page, 'monitor targets');
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'an access officer drills down from a figure to the persons behind it',
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      await page.goto('/monitor');
      await page.getByTestId('monitor-dashboard').waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByTestId('monitor-shown-for').innerText(), SLOW).toContain('exacte cijfers');
      await expectAccessible(page, 'monitor dashboard (access officer)');
      const value = page.getByTestId('headline-bw_clients-value');
      const shown = Number((await value.getByRole('link').innerText()).split(/\s/)[0]!.replace(/\./g, ''));
      await value.getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: 'Personen achter een cijfer' }).waitFor({ timeout: 60_000 });
      if (shown === 0) {
        await page.getByTestId('population-empty').waitFor({ timeout: 60_000 });
      } else {
        await page.getByTestId('population-table').waitFor({ timeout: 60_000 });
        const rows = await page.getByTestId('population-table').locator('tbody tr').count();
        expect(rows).toBe(shown);
      }
      await expect.poll(() => page.getByText('vastgelegd in het toegangslog').count(), SLOW).toBe(1);
      await expectAccessible(page, 'persons behind a figure');
    },
    JOURNEY_TIMEOUT,
  );
});
