import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith, expectEscapeCancels } from './support/confirm';

const PERSON = { given: 'Hendrik', family: 'Veenstra' };
const TEAM = 'Bemoeizorgteam Deventer, Olst-Wijhe en Raalte';
const CONCERN = 'Mijn buurman loopt al dagen verward over straat en zegt dat hij achtervolgd wordt.';

describe('meldpunt zorgwekkend gedrag: from a resident’s report to a closed case', () => {
  const { newPage } = useBrowser();
  const journey: { statusLink?: string; reference?: string; reportPath?: string } = {};

  it('a resident reports anonymously and gets a reference and a private status link', async () => {
    const page = await newPage({ width: 390 });
    await page.goto('/melden');
    await page.locator('#concern').waitFor();
    await expectAccessible(page, 'public report form (phone)');
    await page.locator('#acuteDanger-no').check();
    await page.locator('#categories-confused_behaviour').check();
    await page.locator('#concern').fill(CONCERN);
    await page.locator('#subject-name').fill(`${PERSON.given} ${PERSON.family}`);
    await page.locator('#subject-address').fill('Brink 77, Deventer');
    await page.locator('#location-municipality').selectOption({ label: 'Deventer' });
    await page.locator('#reporter-kind-neighbour').check();
    await page.locator('#reporter-email').fill('buurvrouw@example.org');
    await page.locator('#reporter-feedback').check();
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByTestId('report-reference').waitFor();
    journey.reference = (await page.getByTestId('report-reference').innerText()).trim();
    journey.statusLink = (await page.getByTestId('report-status-link').getAttribute('href')) ?? undefined;
    expect(journey.reference).toMatch(/M-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(journey.statusLink).toMatch(/\/status\/[A-Za-z0-9_-]{40,}$/);
    await expectAccessible(page, 'receipt');

    await page.goto(journey.statusLink!);
    await expect.poll(() => page.getByTestId('report-phase').innerText()).toContain('Ontvangen');
    await expectAccessible(page, 'status page (received)');
  });

  it(
    'the meldpunt triages the report, creates and links the person, and routes it to the team',
    { timeout: 180_000 },
    async () => {
      const page = await newPage();
      await signIn(page, 'meldpunt@ggd.demo.test');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldpunt' }).click();
      await page.getByTestId('triage-table').waitFor();
      await expectAccessible(page, 'triage queue');
      await page.getByTestId('triage-table').getByRole('link', { name: journey.reference }).click();
      await page.getByRole('heading', { level: 1, name: `Melding ${journey.reference}` }).waitFor();
      journey.reportPath = new URL(page.url()).pathname;
      await expectAccessible(page, 'report detail');
      await expect.poll(() => page.getByText('buurvrouw@example.org').count()).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
      await page.getByLabel('Voornaam').fill(PERSON.given);
      await page.getByLabel('Achternaam').fill(PERSON.family);
      await page.getByRole('button', { name: 'Persoon aanmaken en koppelen' }).click();
      await expect.poll(() => page.getByTestId('linked-person').innerText()).toContain(PERSON.family);

      const route = page.getByRole('button', { name: `Doorzetten naar ${TEAM}` });
      const question = `Melding doorzetten naar ${TEAM}?`;
      await expectEscapeCancels(page, route, question, /\/route$/);
      expect(await page.getByText(/doorgezet/i).count()).toBe(0);
      await route.click();
      await confirmWith(page, question, 'Doorzetten');
      // The route request can take seconds on a busy machine; the default poll waits only 1 s.
      await expect.poll(() => page.getByText(/doorgezet/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expectAccessible(page, 'report detail after routing');
    },
  );

  it(
    'the outreach worker takes the case, logs two contact attempts and closes it with an outcome',
    { timeout: 180_000 },
    async () => {
      const page = await newPage();
      await signIn(page, 'bemoeizorg@dor.demo.test');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
      await page.getByTestId('cases-table').waitFor();
      await expectAccessible(page, 'case queue');
      await page
        .getByTestId('cases-table')
        .getByRole('row', { name: new RegExp(PERSON.family) })
        .getByRole('link')
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /^Casus C-/ }).waitFor();
      await expectAccessible(page, 'case detail');
      await expect.poll(() => page.getByText(CONCERN).count()).toBeGreaterThan(0);
      expect(await page.getByText('buurvrouw@example.org').count()).toBe(0);

      await page.getByRole('button', { name: 'Aan mij toewijzen' }).click();
      await expect.poll(() => page.getByText(/toegewezen/i).count()).toBeGreaterThan(0);

      for (const attempt of [
        { channel: 'Telefoon', result: 'Niet bereikt', note: 'Telefoon werd niet opgenomen.' },
        { channel: 'Huisbezoek', result: 'Bereikt', note: 'Samen met de wijkagent aangebeld; hij liet ons binnen.' },
      ]) {
        await page.getByRole('radio', { name: 'Contactpoging' }).check();
        await page.getByRole('radio', { name: attempt.channel, exact: true }).check();
        await page.getByRole('radio', { name: attempt.result, exact: true }).check();
        await page.getByLabel('Notitie').fill(attempt.note);
        await page.getByRole('button', { name: 'Actie vastleggen' }).click();
        await expect.poll(() => page.getByText(attempt.note).count()).toBeGreaterThan(0);
      }
      await expectAccessible(page, 'case timeline');

      await page.getByRole('radio', { name: 'Toegeleid naar zorg' }).check();
      await page.getByLabel('Welke zorg?').fill('Ambulante begeleiding door de GGZ');
      const close = page.getByRole('button', { name: 'Casus afsluiten' });
      const question = /^Casus C-[0-9A-Z-]+ afsluiten met uitkomst “Toegeleid naar zorg”\?$/;
      await expectEscapeCancels(page, close, question, /\/close$/);
      await close.click();
      await confirmWith(page, question, 'Afsluiten');
      await expect.poll(() => page.getByText(/afgesloten/i).count()).toBeGreaterThan(0);
      await expectAccessible(page, 'closed case');
    },
  );

  it('the resident’s status link shows “closed” and nothing about the person', async () => {
    const page = await newPage();
    await page.goto(journey.statusLink!);
    await expect.poll(() => page.getByTestId('report-phase').innerText()).toContain('Afgesloten');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(PERSON.family);
    expect(text).not.toContain('GGZ');
    expect(text).not.toContain('verward');
    await expectAccessible(page, 'status page (closed)');
  });

  it('the meldpunt sees the feedback e-mails in the outbox', async () => {
    const page = await newPage();
    await signIn(page, 'meldpunt@ggd.demo.test');
    await page.goto('/uitgaande-post');
    await page.getByTestId('outbox-table').waitFor();
    await expect.poll(() => page.getByTestId('outbox-table').getByText('buurvrouw@example.org').count()).toBe(2);
    await expectAccessible(page, 'outbox');
  });

  it('a provider and a housing officer are refused the report', async () => {
    for (const email of ['aanbieder@debrug.demo.test', 'wonen@ijsselhuis.demo.test']) {
      const page = await newPage();
      await signIn(page, email);
      await page.goto(journey.reportPath!);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      const reportId = journey.reportPath!.split('/').pop();
      const api = await page.request.get(`/api/v1/triage/reports/${reportId}`);
      expect(api.status(), email).toBe(403);
      await expectAccessible(page, `no access for ${email}`);
    }
  });
});

describe('a police officer reports and follows the phase', () => {
  const { newPage } = useBrowser();

  it('reports on behalf of the police and sees the report in “Mijn meldingen”', async () => {
    const page = await newPage();
    await signIn(page, 'melder@politie.demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Melden' }).click();
    await page.getByTestId('report-on-behalf-of').waitFor();
    await expectAccessible(page, 'professional report form');
    await page.locator('#acuteDanger-no').check();
    await page.locator('#categories-nuisance').check();
    await page.locator('#concern').fill('Bewoner veroorzaakt al weken overlast in het portiek en lijkt te vervuilen.');
    await page.locator('#subject-address').fill('Zutphenseweg 12, Deventer');
    await page.locator('#location-municipality').selectOption({ label: 'Deventer' });
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    const reference = (await page.getByTestId('report-reference').innerText()).trim();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn meldingen' }).click();
    const row = page.getByTestId(`own-report-${reference}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Ontvangen');
    await expectAccessible(page, 'own reports');
  });
});
