import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';

describe('privacy officer: the access log', () => {
  const { newPage } = useBrowser();

  it('searches the log, follows one record chronologically and verifies the chain', async () => {
    // Something to find: an administrator opens a user.
    const admin = await newPage();
    await signIn(admin, 'beheer@deventer.demo.test');
    await admin.goto('/beheer/gebruikers');
    await admin.getByTestId('users-table').getByRole('link', { name: 'Sanne de Vries' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Sanne de Vries' }).waitFor();

    const page = await newPage();
    await signIn(page, 'privacy@deventer.demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toegangslog' }).click();
    await page.getByTestId('access-log-table').waitFor();
    await expectAccessible(page, 'access log');

    await page.getByLabel('Handeling').fill('user.read');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByTestId('access-log-row').first().waitFor();
    await page.getByTestId('record-history-link').first().click();
    await page.getByTestId('access-log-row').first().waitFor();
    await expectAccessible(page, 'record history');

    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page
      .getByTestId('chain-verification-result')
      .getByText(/De keten is intact/)
      .waitFor();
    await expectAccessible(page, 'chain verified');
  });

  it('finds a person by name for an inzageverzoek, shows their log and exports it as CSV', async () => {
    const page = await newPage();
    await signIn(page, 'privacy@deventer.demo.test');
    await page.goto('/toegangslog');
    await page.getByLabel('Naam, BSN of kenmerk').fill('Smit');
    await page.getByRole('button', { name: 'Persoon zoeken' }).click();
    await page.getByTestId('access-log-persons').getByRole('link', { name: /Smit/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Toegangslog van .*Smit/ }).waitFor();
    // The search itself is in the person's own log, with a readable action.
    await page.getByTestId('access-log-table').getByText('Persoon gezocht in het logboek').first().waitFor();
    await expectAccessible(page, 'person log');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('person-log-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFVolgnummer;Tijdstip;Gebruiker')).toBe(true);
    expect(csv).toContain('Persoon gezocht in het logboek');
  });
});
