import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith } from './support/confirm';

/** Choose the option of a select whose text contains `text`. */
async function chooseOption(page: Page, selectId: string, text: string): Promise<void> {
  const value = await page.locator(`#${selectId} option`, { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`no option "${text}" in #${selectId}`);
  await page.locator(`#${selectId}`).selectOption(value);
}

// Needs the flow demo (apps/server/src/demo/demo-flow.ts: loadFlowDemo) in the demo region.
describe('outflow to a home, support plans and the veldtafel', () => {
  const { newPage } = useBrowser();

  it('a provider marks a client ready and sends a housing request; the corporation offers a home and records the move-in', async () => {
    const provider = await newPage();
    await signIn(provider, 'aanbieder@debrug.demo.test');
    await provider.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitstroom' }).click();
    await provider.getByRole('heading', { level: 1, name: 'Uitstroom naar een woning' }).waitFor();
    await provider.getByTestId('outflow-table').waitFor();
    // The promise is stated in words, not only by colour.
    await expect.poll(() => provider.getByTestId('outflow-table').innerText()).toContain('Termijn verlopen');
    await expectAccessible(provider, 'outflow list (provider)');

    await chooseOption(provider, 'ready-stayId', 'Thomas Bakker');
    await provider.getByRole('button', { name: 'Vastleggen' }).click();
    await provider.getByText('De datum is vastgelegd.').waitFor();
    await expect.poll(() => provider.getByTestId('outflow-table').innerText()).toContain('Thomas Bakker');

    await chooseOption(provider, 'request-recordId', 'Thomas Bakker');
    expect(await provider.getByLabel('Naam', { exact: true }).inputValue()).toBe('Thomas Bakker');
    await chooseOption(provider, 'request-corporationId', 'IJsselhuis');
    await provider.getByLabel('Telefoonnummer').fill('06 98 76 54 32');
    await provider.getByLabel('Aantal personen in het huishouden').fill('1');
    await provider.getByLabel('Wat is nodig in de woning?').fill('Een- of tweekamerwoning in Deventer.');
    await provider.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await provider.getByText('De woningaanvraag is verstuurd.').waitFor();
    await expectAccessible(provider, 'outflow after sending a request');

    const corporation = await newPage();
    await signIn(corporation, 'wonen@ijsselhuis.demo.test');
    await corporation
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Woningaanvragen' })
      .click();
    await corporation.getByTestId('housing-requests-table').waitFor();
    const table = await corporation.getByTestId('housing-requests-table').innerText();
    expect(table).toContain('Thomas Bakker');
    expect(table).not.toContain('Ilse Mulder');
    await expectAccessible(corporation, 'housing requests (corporation)');

    await corporation.getByRole('link', { name: 'Thomas Bakker' }).click();
    await corporation.getByTestId('housing-request-facts').waitFor();
    const facts = await corporation.getByTestId('housing-request-facts').innerText();
    expect(facts).toContain('Een- of tweekamerwoning in Deventer.');
    expect(facts).not.toMatch(/Beschermd wonen|De Brug/);
    await corporation.getByLabel('Adres van de woning').fill('Lange Bisschopstraat 12, Deventer');
    await corporation.getByRole('button', { name: 'Woning aanbieden' }).click();
    await corporation.getByText('Het aanbod is vastgelegd.').waitFor();
    await expectAccessible(corporation, 'housing request with an offer');
    await corporation.getByRole('button', { name: 'Verhuizing vastleggen' }).click();
    await confirmWith(corporation, /^Verhuizing van Thomas Bakker vastleggen op .+\?$/, 'Vastleggen');
    await expect.poll(() => corporation.getByTestId('housing-request-facts').innerText()).toContain('Verhuisd op');
    await expectAccessible(corporation, 'housing request after the move-in');

    await provider.reload();
    await provider.getByTestId('outflow-table').waitFor();
    expect(await provider.getByTestId('outflow-table').innerText()).not.toContain('Thomas Bakker');
  }, 180_000);

  it('a provider reads a support plan with the ZRM chart and the same scores as a table', async () => {
    const page = await newPage();
    await signIn(page, 'aanbieder@debrug.demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plannen' }).click();
    await page.getByTestId('plans-table').waitFor();
    await expectAccessible(page, 'plans list');
    await page.getByRole('link', { name: 'Sanne de Vries' }).click();
    await page.getByTestId('zrm-table').waitFor();
    expect(await page.getByTestId('zrm-table').locator('tbody tr').count()).toBe(13);
    // The chart library loads lazily; the table is there at once.
    await page.getByTestId('zrm-chart').waitFor();
    expect(await page.getByTestId('zrm-chart').getByRole('img').count()).toBe(13);
    await expectAccessible(page, 'support plan with ZRM');
  }, 120_000);

  it('an access officer opens the veldtafel with suggested cases and the agenda of a meeting', async () => {
    const page = await newPage();
    await signIn(page, 'toegang@deventer.demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Veldtafel' }).click();
    await page.getByTestId('veldtafel-suggestions').waitFor();
    expect(await page.getByTestId('veldtafel-suggestions').innerText()).toContain('Langer dan 3 maanden klaar');
    await expectAccessible(page, 'veldtafel');
    await page.getByRole('link', { name: 'Veldtafel Midden-IJssel' }).click();
    await page.getByTestId('agenda-item').first().waitFor();
    await expectAccessible(page, 'veldtafel meeting');
  }, 120_000);
});
