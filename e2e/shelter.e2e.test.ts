import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith, expectEscapeCancels } from './support/confirm';

const SHELTER = 'Nachtopvang Het Baken';
const SHELTER_OPTION = `${SHELTER} (Stichting Onderdak Salland (maatschappelijke opvang))`;
const PERSON = 'Ali Nachtgast';

/** The address of the stay the intake created, for the step that ends it. */
let stayPath = '';

/** Each step signs in and scans several pages with axe: more than the default minute on a busy machine. */
const STEP_TIMEOUT = 180_000;

/** Today as YYYY-MM-DD in the Netherlands, and a day before it. */
function dutchDay(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

/** The free beds of the night shelter at Het Baken, as the occupancy board shows them. */
async function freeBedsAtShelter(page: Page): Promise<number> {
  await page.goto('/capaciteit');
  const table = page.getByTestId('occupancy-nachtopvang');
  await table.waitFor();
  const row = table.getByRole('row').filter({ hasText: SHELTER });
  const text = await row.getByTestId('free').innerText();
  return Number.parseInt(text, 10);
}

describe('shelter: capacity, direct intake, the board and ending a stay', () => {
  const { newPage } = useBrowser();

  it(
    'functioneel beheer sees the catalogue and records the night-shelter beds of Het Baken',
    async () => {
      const page = await newPage();
      await signIn(page, 'beheer@deventer.demo.test');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Voorzieningen' }).click();
      await page.getByTestId('services').waitFor();
      await expectAccessible(page, 'service catalogue');
      await page.getByTestId('locations').getByRole('link', { name: SHELTER }).click();
      const form = page.getByTestId('capacity-change-form');
      await form.waitFor();
      await form.getByRole('button', { name: 'Plaatsen vastleggen' }).click();
      await page.getByTestId('error-summary').waitFor();
      await expectAccessible(page, 'capacity form with errors');
      await form.getByLabel('Voorziening').selectOption({ label: 'Nachtopvang' });
      await form.getByLabel('Aantal plaatsen').fill('24');
      await form.getByLabel('Geldt vanaf').fill(dutchDay());
      await form.getByLabel(/Toelichting/).fill('Extra bedden deze winter');
      await form.getByRole('button', { name: 'Plaatsen vastleggen' }).click();
      await expect.poll(() => page.getByTestId('location-notice').innerText()).toContain('vastgelegd');
      await expect.poll(() => page.getByTestId('places-today-nachtopvang').innerText()).toContain('24');
      await expect.poll(() => page.getByTestId('places-history-nachtopvang').innerText()).toContain('Extra bedden');
      await expectAccessible(page, 'location with places history');
    },
    STEP_TIMEOUT,
  );

  it(
    'the access officer takes a new person into the night shelter; the board shows one bed fewer free',
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      const before = await freeBedsAtShelter(page);
      expect(before).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('long-stay').innerText()).toContain('Langer dan 3 maanden');
      await expectAccessible(page, 'occupancy board');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Opvang: intake' }).click();
      const form = page.getByTestId('intake-form');
      await form.waitFor();
      await expectAccessible(page, 'shelter intake');
      await form.getByRole('button', { name: 'Opnemen in de opvang' }).click();
      await page.getByTestId('error-summary').waitFor();
      await expectAccessible(page, 'shelter intake with errors');

      await form.getByLabel('Zoek op naam of BSN').fill('Nachtgast');
      await form.getByRole('button', { name: 'Zoeken' }).click();
      await expect.poll(() => form.innerText()).toContain('Geen persoon gevonden');
      await form.getByLabel('Voornaam').fill('Ali');
      await form.getByLabel('Achternaam').fill('Nachtgast');
      await form.getByLabel('Geboortedatum').fill('1990-04-01');
      await form.getByLabel('Gemeente van herkomst').selectOption({ label: 'Deventer' });
      await form.getByLabel('Locatie', { exact: true }).selectOption({ label: SHELTER_OPTION });
      await form.getByLabel('Soort opvang').selectOption({ label: 'Nachtopvang' });
      await expect.poll(() => form.innerText()).toContain(`${before} van`);
      await form.getByRole('button', { name: 'Opnemen in de opvang' }).click();
      await expect.poll(() => page.getByTestId('intake-done').innerText()).toContain(PERSON);
      stayPath = (await page.getByTestId('intake-done').getByRole('link').getAttribute('href')) ?? '';
      expect(stayPath).toMatch(/^\/verblijven\/[0-9a-f-]{36}$/);
      await expectAccessible(page, 'shelter intake done');

      expect(await freeBedsAtShelter(page)).toBe(before - 1);
    },
    STEP_TIMEOUT,
  );

  it(
    'the access officer ends the stay (never before its start); the bed is free again',
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      const before = await freeBedsAtShelter(page);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verblijven' }).click();
      await page.getByTestId('stays').waitFor();
      await expectAccessible(page, 'stays list');
      // The demo holds many shelter stays; open the new one directly.
      await page.goto(stayPath);
      const form = page.getByTestId('stay-end-form');
      await form.waitFor();
      await expectAccessible(page, 'stay detail');
      await form.getByLabel('Einddatum').fill(dutchDay(-1));
      await form.getByRole('button', { name: 'Verblijf beëindigen' }).click();
      await page.getByTestId('error-summary').waitFor();
      await expect.poll(() => page.getByTestId('error-summary').innerText()).toContain('Kies een datum op of na');
      await expectAccessible(page, 'end form with errors');
      await form.getByLabel('Einddatum').fill(dutchDay());
      await form.getByLabel(/Zelfstandig wonen/).check();
      const end = form.getByRole('button', { name: 'Verblijf beëindigen' });
      const question = new RegExp(`^Verblijf van ${PERSON} beëindigen op .+\\?$`);
      await expectEscapeCancels(page, end, question, /\/end$/);
      await end.click();
      await confirmWith(page, question, 'Beëindigen');
      await expect.poll(() => page.getByTestId('stay-notice').innerText()).toContain('beëindigd');
      await expect.poll(() => page.getByTestId('stay-facts').innerText()).toContain('Zelfstandig wonen');
      await expectAccessible(page, 'ended stay');
      expect(await freeBedsAtShelter(page)).toBe(before + 1);
    },
    STEP_TIMEOUT,
  );

  it(
    'a provider sees only its own locations on the board and can change its expertise',
    async () => {
      const page = await newPage();
      await signIn(page, 'aanbieder@debrug.demo.test');
      await page.goto('/capaciteit');
      await page.getByTestId('locations').waitFor();
      const locations = await page.getByTestId('locations').innerText();
      expect(locations).toContain('De Brug');
      expect(locations).not.toContain(SHELTER);
      await expectAccessible(page, 'provider board');
      await page.getByTestId('locations').getByRole('link', { name: 'De Brug – Wijhe' }).click();
      const edit = page.getByTestId('location-edit-form');
      await edit.waitFor();
      await edit.getByLabel('Huisdieren toegestaan').check();
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.getByTestId('location-facts').innerText()).toContain('Huisdieren toegestaan');
      await expectAccessible(page, 'provider location');
    },
    STEP_TIMEOUT,
  );
});
