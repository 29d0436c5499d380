import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith } from './support/confirm';

/**
 * The whole access-and-flow chain of issue 4 for one new person: application with a ZRM →
 * granted → waiting list → a provider reports a free place → offer declined once, accepted
 * the second time → stay starts and the list entry ends as "placed" → ready to move on →
 * the corporation offers a home and records the move-in → the stay ends with reason
 * independent housing. Every page on the way is scanned with axe.
 */
const PERSON = { given: 'Femke', family: 'Doorstroom' };
const FULL_NAME = `${PERSON.given} ${PERSON.family}`;
const LOCATION = 'De Brug – Wijhe';
const ZRM_DOMAINS = [
  'finances',
  'work_education',
  'time_use',
  'housing',
  'domestic_relations',
  'mental_health',
  'physical_health',
  'substance_use',
  'basic_adl',
  'instrumental_adl',
  'social_network',
  'community_participation',
  'justice',
];

/** Each step signs in and scans several pages with axe: more than the default minute on a busy machine. */
const STEP_TIMEOUT = 180_000;

/** Today in the Netherlands as YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** Choose the option of a select whose text contains `text`. */
async function chooseOption(page: Page, selectId: string, text: string): Promise<void> {
  const value = await page.locator(`#${selectId} option`, { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`no option "${text}" in #${selectId}`);
  await page.locator(`#${selectId}`).selectOption(value);
}

/** As the access officer on /plaatsen: choose the BW place at Wijhe and offer it to the person. */
async function offerPlace(page: Page): Promise<void> {
  await page.goto('/plaatsen');
  await page.getByTestId('free-places').waitFor();
  // The organisation's name holds "Beschermd Wonen" too: match the service cell exactly.
  const place = page
    .getByTestId('free-place')
    .filter({ hasText: LOCATION })
    .filter({ has: page.getByRole('cell', { name: 'Beschermd wonen', exact: true }) });
  await place.getByTestId('choose-place').click();
  const candidate = page.getByTestId('candidate').filter({ hasText: FULL_NAME });
  await candidate.waitFor();
  await candidate.getByRole('button', { name: `Aanbod doen aan ${FULL_NAME}` }).click();
  const form = page.getByTestId('offer-form');
  await form.getByLabel('Voorgestelde startdatum').fill(today());
  await form.getByRole('button', { name: 'Aanbod versturen' }).click();
  await expect.poll(() => page.getByTestId('placements-notice').innerText()).toContain(FULL_NAME);
}

describe('access and flow: from an application to a home of one’s own', () => {
  const { newPage } = useBrowser();

  it(
    'the access officer records an application with a ZRM and grants it; the person is on the list',
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      await page.goto('/toegang/aanmeldingen/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' }).waitFor();
      await page.locator('#person-q').fill(PERSON.family);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Geen persoon gevonden').waitFor();
      await page.locator('#new-person-given').fill(PERSON.given);
      await page.locator('#new-person-family').fill(PERSON.family);
      await page.locator('#new-person-birth').fill('1995-05-17');
      await page.locator('#new-person-municipality').selectOption({ label: 'Olst-Wijhe' });
      await page.getByRole('button', { name: 'Persoon aanmaken' }).click();
      await expect.poll(() => page.getByTestId('chosen-person').innerText()).toContain(PERSON.family);
      await page.locator('#application-service').selectOption('beschermd_wonen');
      await page
        .locator('#application-motivation')
        .fill('Uit de kliniek ontslagen zonder woonplek; wil leren zelfstandig wonen.');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

      await page.getByRole('heading', { level: 1, name: /^Aanmelding A-/ }).waitFor();
      for (const domain of ZRM_DOMAINS) await page.locator(`#zrm-${domain}`).selectOption('2');
      await page.getByRole('button', { name: 'ZRM opslaan' }).click();
      await page.getByTestId('zrm-history').waitFor();
      await page.locator('#decision-outcome-granted').check();
      await page.locator('#decision-valid-from').fill(today());
      await page.locator('#decision-priority-urgent').check();
      await page.locator('#decision-priority-reason').fill('Dakloos na ontslag uit de kliniek');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await confirmWith(page, `Aanvraag van ${FULL_NAME} toekennen?`, 'Toekennen');
      await page.getByTestId('decision-facts').waitFor();
      await expectAccessible(page, 'application with ZRM and decision');

      await page.goto('/wachtlijst');
      await page.getByTestId('waitlist-table').waitFor();
      await expect
        .poll(() =>
          page
            .getByTestId('waitlist-table')
            .getByRole('row', { name: new RegExp(PERSON.family) })
            .count(),
        )
        .toBe(1);
      await expectAccessible(page, 'waiting list with the person');
    },
    STEP_TIMEOUT,
  );

  it(
    'the provider reports a free place at Wijhe',
    async () => {
      const page = await newPage();
      await signIn(page, 'aanbieder@debrug.demo.test');
      await page.goto('/capaciteit');
      await page.getByTestId('locations').getByRole('link', { name: LOCATION }).click();
      const form = page.getByTestId('capacity-change-form');
      await form.waitFor();
      const placesToday = Number.parseInt(await page.getByTestId('places-today-beschermd_wonen').innerText(), 10);
      await form.getByLabel('Voorziening').selectOption({ label: 'Beschermd wonen' });
      await form.getByLabel('Aantal plaatsen').fill(String(placesToday + 1));
      await form.getByLabel('Geldt vanaf').fill(today());
      await form.getByLabel(/Toelichting/).fill('Kamer vrijgekomen');
      await form.getByRole('button', { name: 'Plaatsen vastleggen' }).click();
      await expect.poll(() => page.getByTestId('location-notice').innerText()).toContain('vastgelegd');
      await expectAccessible(page, 'location with the new place');
    },
    STEP_TIMEOUT,
  );

  it(
    'the officer offers the place; the provider declines once with a reason',
    async () => {
      const officer = await newPage();
      await signIn(officer, 'toegang@deventer.demo.test');
      await offerPlace(officer);
      await expectAccessible(officer, 'places after the first offer');

      const provider = await newPage();
      await signIn(provider, 'aanbieder@debrug.demo.test');
      await provider.goto('/aanbiedingen');
      const offer = provider.getByTestId('incoming-offer').filter({ hasText: FULL_NAME });
      await offer.waitFor();
      await offer.getByLabel('Reden van afwijzen').fill('Eerst een kennismakingsgesprek nodig.');
      await offer.getByRole('button', { name: 'Aanbod afwijzen' }).click();
      await confirmWith(provider, `Aanbod voor ${FULL_NAME} afwijzen?`, 'Afwijzen');
      await expect.poll(() => provider.getByTestId('offers-notice').innerText()).toContain('afgewezen');
    },
    STEP_TIMEOUT,
  );

  it(
    'the officer offers again; the provider accepts; the stay starts and the list entry ends as placed',
    async () => {
      const officer = await newPage();
      await signIn(officer, 'toegang@deventer.demo.test');
      await offerPlace(officer);

      const provider = await newPage();
      await signIn(provider, 'aanbieder@debrug.demo.test');
      await provider.goto('/aanbiedingen');
      const offer = provider.getByTestId('incoming-offer').filter({ hasText: FULL_NAME });
      await offer.waitFor();
      await offer.getByLabel('Startdatum van het verblijf').fill(today());
      await offer.getByRole('button', { name: 'Aanbod accepteren' }).click();
      await confirmWith(
        provider,
        new RegExp(`^Aanbod voor ${FULL_NAME} accepteren, met start op .+\\?$`),
        'Accepteren',
      );
      await expect.poll(() => provider.getByTestId('offers-notice').innerText()).toContain('geplaatst');
      await expectAccessible(provider, 'offers after accepting');

      await officer.goto('/wachtlijst');
      await officer.getByTestId('waitlist-table').waitFor();
      await expect.poll(() => officer.getByRole('main').innerText()).not.toContain(PERSON.family);
      await officer.goto('/wachtlijst?status=removed');
      await officer.getByTestId('waitlist-table').waitFor();
      const removed = officer.getByTestId('waitlist-table').getByRole('row', { name: new RegExp(PERSON.family) });
      await expect.poll(() => removed.innerText()).toContain('Geplaatst');
    },
    STEP_TIMEOUT,
  );

  it(
    'the provider marks the person ready and sends a housing request; the corporation houses them',
    async () => {
      const provider = await newPage();
      await signIn(provider, 'aanbieder@debrug.demo.test');
      await provider.goto('/uitstroom');
      await provider.getByTestId('outflow-table').waitFor();
      await chooseOption(provider, 'ready-stayId', FULL_NAME);
      await provider.getByRole('button', { name: 'Vastleggen' }).click();
      await provider.getByText('De datum is vastgelegd.').waitFor();
      await chooseOption(provider, 'request-recordId', FULL_NAME);
      await chooseOption(provider, 'request-corporationId', 'IJsselhuis');
      await provider.getByLabel('Telefoonnummer').fill('06 11 22 33 44');
      await provider.getByLabel('Aantal personen in het huishouden').fill('1');
      await provider.getByLabel('Wat is nodig in de woning?').fill('Kleine woning in Olst of Wijhe, begane grond.');
      await provider.getByRole('button', { name: 'Aanvraag versturen' }).click();
      await provider.getByText('De woningaanvraag is verstuurd.').waitFor();
      await expectAccessible(provider, 'outflow after the request');

      const corporation = await newPage();
      await signIn(corporation, 'wonen@ijsselhuis.demo.test');
      await corporation.goto('/woningaanvragen');
      await corporation.getByTestId('housing-requests-table').waitFor();
      await corporation.getByRole('link', { name: FULL_NAME }).click();
      await corporation.getByTestId('housing-request-facts').waitFor();
      expect(await corporation.getByTestId('housing-request-facts').innerText()).not.toMatch(/Beschermd wonen|De Brug/);
      await corporation.getByLabel('Adres van de woning').fill('Langstraat 7, Wijhe');
      await corporation.getByRole('button', { name: 'Woning aanbieden' }).click();
      await corporation.getByText('Het aanbod is vastgelegd.').waitFor();
      await corporation.getByRole('button', { name: 'Verhuizing vastleggen' }).click();
      await confirmWith(corporation, new RegExp(`^Verhuizing van ${FULL_NAME} vastleggen op .+\\?$`), 'Vastleggen');
      await expect.poll(() => corporation.getByTestId('housing-request-facts').innerText()).toContain('Verhuisd op');
      await expectAccessible(corporation, 'housing request after the move-in');
    },
    STEP_TIMEOUT,
  );

  it(
    'the provider ends the stay with reason independent housing',
    async () => {
      const page = await newPage();
      await signIn(page, 'aanbieder@debrug.demo.test');
      await page.goto('/verblijven?voorziening=beschermd_wonen');
      const list = page.getByTestId('stays');
      await list.getByRole('link', { name: FULL_NAME }).click();
      const form = page.getByTestId('stay-end-form');
      await form.waitFor();
      await form.getByLabel('Einddatum').fill(today());
      await form.getByLabel(/Zelfstandig wonen/).check();
      await form.getByRole('button', { name: 'Verblijf beëindigen' }).click();
      await confirmWith(page, new RegExp(`^Verblijf van ${FULL_NAME} beëindigen op .+\\?$`), 'Beëindigen');
      await expect.poll(() => page.getByTestId('stay-notice').innerText()).toContain('beëindigd');
      await expect.poll(() => page.getByTestId('stay-facts').innerText()).toContain('Zelfstandig wonen');
      await expectAccessible(page, 'ended stay');
    },
    STEP_TIMEOUT,
  );
});
