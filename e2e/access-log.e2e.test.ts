import { describe, it } from 'vitest';
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
    await page.getByRole('button', { name: 'Zoeken' }).click();
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
});
