import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith, expectEscapeCancels } from './support/confirm';

const PERSON = { given: 'Joris', family: 'Wachtman' };
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

describe('access: from an application with a ZRM to the waiting list', () => {
  const { newPage } = useBrowser();
  const journey: { applicationPath?: string } = {};
  const today = new Date().toISOString().slice(0, 10);

  it(
    'the access officer finds no match, creates the person (BSN checked) and sends the application',
    { timeout: 180_000 },
    async () => {
      const page = await newPage();
      await signIn(page, 'toegang@deventer.demo.test');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      await expectAccessible(page, 'applications queue');

      await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' }).waitFor();
      await expectAccessible(page, 'new application');
      await page.locator('#person-q').fill(PERSON.family);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Geen persoon gevonden').waitFor();
      await page.locator('#new-person-given').fill(PERSON.given);
      await page.locator('#new-person-family').fill(PERSON.family);
      await page.locator('#new-person-bsn').fill('123456781');
      await page.getByRole('button', { name: 'Persoon aanmaken' }).click();
      await expect.poll(() => page.getByText('Dit BSN klopt niet').count()).toBeGreaterThan(0);
      await page.locator('#new-person-bsn').fill('');
      await page.locator('#new-person-birth').fill('1984-03-09');
      await page.locator('#new-person-municipality').selectOption({ label: 'Zutphen' });
      await page.getByRole('button', { name: 'Persoon aanmaken' }).click();
      await expect.poll(() => page.getByTestId('chosen-person').innerText()).toContain(PERSON.family);
      await page.locator('#application-service').selectOption('beschermd_wonen');
      await page
        .locator('#application-motivation')
        .fill('Na een opname geen woonplek; heeft toezicht en begeleiding nodig.');
      await page.locator('#application-expertise-addiction').check();
      await expectAccessible(page, 'new application filled in');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

      await page.getByRole('heading', { level: 1, name: /^Aanmelding A-[0-9A-Z]{4}-[0-9A-Z]{4}$/ }).waitFor();
      journey.applicationPath = new URL(page.url()).pathname;
      await expectAccessible(page, 'application detail');
    },
  );

  it('the access officer records the ZRM and grants beschermd wonen', { timeout: 180_000 }, async () => {
    const page = await newPage();
    await signIn(page, 'toegang@deventer.demo.test');
    await page.goto(journey.applicationPath!);
    await page.getByTestId('zrm-form').waitFor();
    for (const domain of ZRM_DOMAINS) await page.locator(`#zrm-${domain}`).selectOption('2');
    await page.getByRole('button', { name: 'ZRM opslaan' }).click();
    await page.getByTestId('zrm-history').waitFor();

    await page.locator('#decision-outcome-granted').check();
    await page.locator('#decision-valid-from').fill(today);
    const decide = page.getByRole('button', { name: 'Besluit vastleggen' });
    const question = `Aanvraag van ${PERSON.given} ${PERSON.family} toekennen?`;
    await expectEscapeCancels(page, decide, question, /\/decision$/);
    await decide.click();
    await confirmWith(page, question, 'Toekennen');
    await page.getByTestId('decision-facts').waitFor();
    await expect.poll(() => page.getByText('De persoon staat op de wachtlijst.').count()).toBe(1);
    await expectAccessible(page, 'application detail after the decision');
  });

  it('the person is on the waiting list, where support while waiting is recorded', { timeout: 180_000 }, async () => {
    const page = await newPage();
    await signIn(page, 'toegang@deventer.demo.test');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wachtlijst' }).click();
    await page.getByTestId('waitlist-table').waitFor();
    const row = page.getByTestId('waitlist-table').getByRole('row', { name: new RegExp(PERSON.family) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Zutphen');
    await expectAccessible(page, 'waiting list');

    await row.getByRole('button').click();
    await page.getByTestId('waitlist-manage').waitFor();
    await page.locator('#interim-description').fill('Ambulante begeleiding, 2 keer per week');
    await page.locator('#interim-start').fill(today);
    await page.getByRole('button', { name: 'Ondersteuning vastleggen' }).click();
    await expect.poll(() => row.innerText()).toContain('Ambulante begeleiding');
    await expectAccessible(page, 'waiting list with the manage panel');
  });
});
