import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';
import { confirmWith, expectEscapeCancels } from './support/confirm';

/** Every demo account and the menu items its role may see (ACCESS.md). */
const DEMO_ACCOUNTS: { email: string; menu: string[] }[] = [
  { email: 'melder@politie.demo.test', menu: ['Start', 'Melden', 'Mijn meldingen'] },
  { email: 'meldpunt@ggd.demo.test', menu: ['Start', 'Meldpunt', 'Casussen', 'Uitgaande post'] },
  { email: 'bemoeizorg@dor.demo.test', menu: ['Start', 'Casussen'] },
  { email: 'bemoeizorg@lz.demo.test', menu: ['Start', 'Casussen'] },
  {
    email: 'toegang@deventer.demo.test',
    menu: [
      'Start',
      'Aanmeldingen',
      'Wachtlijst',
      'Capaciteit',
      'Opvang: intake',
      'Verblijven',
      'Plaatsen',
      'Plannen',
      'Uitstroom',
      'Veldtafel',
      'Regionale monitor',
    ],
  },
  { email: 'wijkteam@zutphen.demo.test', menu: ['Start', 'Aanmeldingen', 'Wachtlijst'] },
  {
    email: 'aanbieder@debrug.demo.test',
    menu: ['Start', 'Capaciteit', 'Opvang: intake', 'Verblijven', 'Aanbiedingen', 'Plannen', 'Uitstroom'],
  },
  { email: 'wonen@ijsselhuis.demo.test', menu: ['Start', 'Woningaanvragen'] },
  { email: 'beleid@deventer.demo.test', menu: ['Start', 'Regionale monitor'] },
  {
    email: 'beheer@deventer.demo.test',
    menu: [
      'Start',
      'Organisaties',
      'Gebruikers',
      'Meldpunt-instellingen',
      'Voorzieningen',
      'Doelen monitor',
      'Gegevens importeren',
    ],
  },
  { email: 'privacy@deventer.demo.test', menu: ['Start', 'Toegangslog'] },
];

describe('signing in', () => {
  const { newPage } = useBrowser();

  it('has an accessible sign-in page, also on a phone', async () => {
    const page = await newPage();
    await page.goto('/inloggen');
    await expect.poll(() => page.title()).toContain('Springplank');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectAccessible(page, 'sign-in');
    const phone = await newPage({ width: 360 });
    await phone.goto('/inloggen');
    await phone.getByLabel('E-mailadres').waitFor();
    await expectAccessible(phone, 'sign-in at 360px');
  });

  it.each(DEMO_ACCOUNTS)('lets $email sign in and shows only its own menu', async ({ email, menu }) => {
    const page = await newPage();
    await signIn(page, email);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect.poll(async () => (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim())).toEqual(menu);
    await expectAccessible(page, `home of ${email}`);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
  });

  it('is usable with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Naar de inhoud');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type('beheer@deventer.demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-springplank');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  });

  it('says so when the password is wrong, and slows down guessing after ten tries without locking anyone out', async () => {
    const page = await newPage();
    await page.goto('/inloggen');
    for (let attempt = 1; attempt <= 11; attempt += 1) {
      await page.getByLabel('E-mailadres').fill('bemoeizorg@lz.demo.test');
      await page.getByLabel('Wachtwoord').fill(`fout-wachtwoord-${attempt}`);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      const expected = attempt <= 10 ? 'klopt niet' : 'Te veel pogingen';
      await page.getByRole('alert').filter({ hasText: expected }).waitFor();
    }
    await expectAccessible(page, 'sign-in with throttling message');
    // Throttled per (e-mail, client): this browser waits, but the account itself is not locked.
    await page.getByLabel('Wachtwoord').fill('demo-springplank');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Te veel pogingen' }).waitFor();
    const other = await newPage();
    await signIn(other, 'bemoeizorg@dor.demo.test');
  });

  it('switches to English and back', async () => {
    const page = await newPage();
    await signIn(page, 'privacy@deventer.demo.test');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'home in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  });

  it('shows the own sessions and ends the other ones', async () => {
    const elsewhere = await newPage();
    await signIn(elsewhere, 'wonen@ijsselhuis.demo.test');
    const page = await newPage();
    await signIn(page, 'wonen@ijsselhuis.demo.test');
    await page.getByRole('link', { name: 'Mijn sessies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn sessies' }).waitFor();
    await page.getByTestId('own-session-current').waitFor();
    expect(await page.getByTestId('own-session-current').innerText()).toContain('Deze sessie');
    expect(await page.getByTestId('own-session-other').count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'own sessions');
    const endOthers = page.getByRole('button', { name: 'Alle andere sessies beëindigen' });
    await expectEscapeCancels(page, endOthers, 'Alle andere sessies beëindigen?', /\/auth\/sessions/);
    await endOthers.click();
    await confirmWith(page, 'Alle andere sessies beëindigen?', 'Beëindigen');
    await page.getByTestId('sessions-ended').waitFor();
    await page.getByText('U bent nergens anders ingelogd.').waitFor();
    expect(await page.getByTestId('own-session-other').count()).toBe(0);
    await expectAccessible(page, 'own sessions after ending the others');
    // The other browser's session is gone: it lands on the sign-in page.
    await elsewhere.goto('/mijn-sessies');
    await elsewhere.getByLabel('E-mailadres').waitFor();
  });

  it('publishes no source maps', async () => {
    const page = await newPage();
    const html = await (await page.request.get('/')).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const bundle = await page.request.get(script);
      expect(bundle.status()).toBe(200);
      expect(await bundle.text()).not.toContain('sourceMappingURL');
      expect((await page.request.get(`${script}.map`)).status()).toBe(404);
    }
  });

  it('shows an accessible page for unknown paths and for areas the role may not use', async () => {
    const page = await newPage();
    await signIn(page, 'meldpunt@ggd.demo.test');
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectAccessible(page, '404');
    await page.goto('/toegangslog');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectAccessible(page, 'no access');
  });
});
