import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith, expectEscapeCancels } from './support/confirm';

const PERSON = 'Ruud Hendriks';
const LOCATION = 'De Brug – Keizerstraat';

/** A day some days from now as YYYY-MM-DD (Dutch calendar), for the date inputs. */
function daysFromNow(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** As the access officer: open /plaatsen, choose the Keizerstraat place and offer it to the person. */
async function offerPlace(page: Page, startInDays: number, checkForm: boolean): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plaatsen' }).click();
  await page.getByTestId('free-places').waitFor();
  const row = page.getByTestId('free-place').filter({ hasText: LOCATION }).filter({ hasText: 'Beschermd wonen' });
  await row.getByTestId('choose-place').click();
  const candidate = page.getByTestId('candidate').filter({ hasText: PERSON });
  await candidate.waitFor();
  await expectAccessible(page, 'candidates with reasons');
  await candidate.getByRole('button', { name: `Aanbod doen aan ${PERSON}` }).click();
  const form = page.getByTestId('offer-form');
  if (checkForm) {
    await form.getByLabel('Voorgestelde startdatum').fill('');
    await form.getByRole('button', { name: 'Aanbod versturen' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'offer form with errors');
  }
  await form.getByLabel('Voorgestelde startdatum').fill(daysFromNow(startInDays));
  await form.getByLabel(/Toelichting voor de aanbieder/).fill('Heeft een hond; graag kennismaken.');
  await form.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect.poll(() => page.getByTestId('placements-notice').innerText()).toContain(PERSON);
}

/** Each step signs in and scans several pages with axe: more than the default minute on a busy machine. */
const STEP_TIMEOUT = 180_000;

describe('placement: from the waiting list to a stay', () => {
  const { newPage } = useBrowser();

  it(
    'the access officer sees free places and candidates with reasons, and makes an offer',
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      await page.goto('/plaatsen');
      await page.getByTestId('free-places').waitFor();
      await expectAccessible(page, 'free places');
      await offerPlace(page, 7, true);
      const offers = page.getByTestId('region-offers');
      await expect.poll(() => offers.innerText()).toContain(PERSON);
      await expectAccessible(page, 'places after the offer');
    },
    STEP_TIMEOUT,
  );

  it(
    'the provider declines with a reason (required)',
    async () => {
      const page = await newPage();
      await signIn(page, 'aanbieder@debrug.demo.test');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbiedingen' }).click();
      const offer = page.getByTestId('incoming-offer').filter({ hasText: PERSON });
      await offer.waitFor();
      await expectAccessible(page, 'incoming offers');
      await offer.getByRole('button', { name: 'Aanbod afwijzen' }).click();
      await page.getByTestId('error-summary').waitFor();
      await expectAccessible(page, 'decline form with errors');
      await offer.getByLabel('Reden van afwijzen').fill('De hond past op dit moment niet in de groep.');
      const declineButton = offer.getByRole('button', { name: 'Aanbod afwijzen' });
      const question = `Aanbod voor ${PERSON} afwijzen?`;
      await expectEscapeCancels(page, declineButton, question, /\/offers\/[^/]+\/decline$/);
      await declineButton.click();
      await confirmWith(page, question, 'Afwijzen');
      await expect.poll(() => page.getByTestId('offers-notice').innerText()).toContain('afgewezen');
      await expect.poll(() => page.getByTestId('incoming-offer').filter({ hasText: PERSON }).count()).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'the officer sees the decline counted and offers again; the provider accepts',
    async () => {
      const officer = await newPage();
      await signIn(officer, 'toegang@deventer.demo.test');
      await officer.goto('/plaatsen');
      await officer.getByTestId('free-places').waitFor();
      const row = officer
        .getByTestId('free-place')
        .filter({ hasText: LOCATION })
        .filter({ hasText: 'Beschermd wonen' });
      await row.getByTestId('choose-place').click();
      const candidate = officer.getByTestId('candidate').filter({ hasText: PERSON });
      await expect.poll(() => candidate.innerText()).toContain('Eerder 1 keer afgewezen');
      await offerPlace(officer, 10, false);

      const provider = await newPage();
      await signIn(provider, 'aanbieder@debrug.demo.test');
      await provider.goto('/aanbiedingen');
      const offer = provider.getByTestId('incoming-offer').filter({ hasText: PERSON });
      await offer.waitFor();
      await offer.getByLabel('Startdatum van het verblijf').fill(daysFromNow(10));
      await offer.getByRole('button', { name: 'Aanbod accepteren' }).click();
      await confirmWith(provider, new RegExp(`^Aanbod voor ${PERSON} accepteren, met start op .+\\?$`), 'Accepteren');
      await expect.poll(() => provider.getByTestId('offers-notice').innerText()).toContain('geplaatst');
      await expect.poll(() => provider.getByTestId('answered-offers').innerText()).toContain(PERSON);
      await expectAccessible(provider, 'offers after accepting');
    },
    STEP_TIMEOUT,
  );

  it(
    'the person is no longer on the waiting list',
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      await page.goto('/wachtlijst');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('main').getByRole('table').first().waitFor();
      await expect.poll(() => page.getByRole('main').innerText()).not.toContain(PERSON);
    },
    STEP_TIMEOUT,
  );
});
