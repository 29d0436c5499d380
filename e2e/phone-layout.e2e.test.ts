import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_TABLE } from '../apps/web/src/app/routeTable';
import { expectAccessible, signIn, useBrowser } from './support/browser';

/** The width of a common phone (iPhone 12–15) in CSS pixels. */
const PHONE = 390;

/**
 * Every page of the app with the demo account that may open it. A path with a parameter
 * names the list page whose first matching link gives a real id from the demo data (or from
 * the report this file creates).
 */
interface PhoneRoute {
  path: string;
  account: string | null;
  sample?: { list: string; linkPrefix: string };
}

const MELDER = 'melder@politie.demo.test';
const MELDPUNT = 'meldpunt@ggd.demo.test';
const TOEGANG = 'toegang@deventer.demo.test';
const AANBIEDER = 'aanbieder@debrug.demo.test';
const WONEN = 'wonen@ijsselhuis.demo.test';
const BELEID = 'beleid@deventer.demo.test';
const BEHEER = 'beheer@deventer.demo.test';
const PRIVACY = 'privacy@deventer.demo.test';

const ROUTES: PhoneRoute[] = [
  { path: '/inloggen', account: null },
  { path: '/melden', account: null },
  { path: '/melden/ontvangen', account: null },
  { path: '/status/:token', account: null },
  { path: '/bestaat-niet', account: null },
  { path: '/', account: MELDER },
  { path: '/mijn-sessies', account: MELDER },
  { path: '/meldingen', account: MELDER },
  { path: '/meldpunt', account: MELDPUNT },
  { path: '/meldpunt/:id', account: MELDPUNT, sample: { list: '/meldpunt', linkPrefix: '/meldpunt/' } },
  { path: '/casussen', account: MELDPUNT },
  { path: '/casussen/:id', account: MELDPUNT, sample: { list: '/casussen', linkPrefix: '/casussen/' } },
  { path: '/uitgaande-post', account: MELDPUNT },
  { path: '/toegang', account: TOEGANG },
  { path: '/toegang/aanmeldingen/nieuw', account: TOEGANG },
  {
    path: '/toegang/aanmeldingen/:id',
    account: TOEGANG,
    sample: { list: '/toegang', linkPrefix: '/toegang/aanmeldingen/' },
  },
  { path: '/wachtlijst', account: TOEGANG },
  { path: '/capaciteit', account: TOEGANG },
  {
    path: '/capaciteit/locaties/:id',
    account: TOEGANG,
    sample: { list: '/capaciteit', linkPrefix: '/capaciteit/locaties/' },
  },
  { path: '/opvang/intake', account: TOEGANG },
  { path: '/verblijven', account: TOEGANG },
  { path: '/verblijven/:id', account: TOEGANG, sample: { list: '/verblijven', linkPrefix: '/verblijven/' } },
  { path: '/plaatsen', account: TOEGANG },
  { path: '/plannen', account: TOEGANG },
  { path: '/plannen/:personId', account: TOEGANG, sample: { list: '/plannen', linkPrefix: '/plannen/' } },
  { path: '/uitstroom', account: TOEGANG },
  { path: '/veldtafel', account: TOEGANG },
  { path: '/veldtafel/:id', account: TOEGANG, sample: { list: '/veldtafel', linkPrefix: '/veldtafel/' } },
  { path: '/monitor/personen', account: TOEGANG },
  { path: '/aanbiedingen', account: AANBIEDER },
  { path: '/woningaanvragen', account: WONEN },
  {
    path: '/woningaanvragen/:id',
    account: WONEN,
    sample: { list: '/woningaanvragen', linkPrefix: '/woningaanvragen/' },
  },
  { path: '/monitor', account: BELEID },
  { path: '/monitor/rapport', account: BELEID },
  { path: '/beheer/organisaties', account: BEHEER },
  { path: '/beheer/organisaties/nieuw', account: BEHEER },
  {
    path: '/beheer/organisaties/:id',
    account: BEHEER,
    sample: { list: '/beheer/organisaties', linkPrefix: '/beheer/organisaties/' },
  },
  { path: '/beheer/gebruikers', account: BEHEER },
  { path: '/beheer/gebruikers/nieuw', account: BEHEER },
  {
    path: '/beheer/gebruikers/:id',
    account: BEHEER,
    sample: { list: '/beheer/gebruikers', linkPrefix: '/beheer/gebruikers/' },
  },
  { path: '/beheer/meldpunt', account: BEHEER },
  { path: '/beheer/voorzieningen', account: BEHEER },
  {
    path: '/beheer/voorzieningen/locaties/:id',
    account: BEHEER,
    sample: { list: '/beheer/voorzieningen', linkPrefix: '/beheer/voorzieningen/locaties/' },
  },
  { path: '/beheer/doelen', account: BEHEER },
  { path: '/beheer/import', account: BEHEER },
  { path: '/toegangslog', account: PRIVACY },
  { path: '/toegangslog/persoon/:personId', account: PRIVACY },
];

/** Wait until the page has its heading and nothing is loading any more. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.sp-loading, [aria-busy="true"]').length === 0);
  await page.waitForLoadState('networkidle');
}

/** How wide the document is: more than the viewport means the page scrolls sideways. */
async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * NL Design System classes on the page that no stylesheet styles. The app imports the styles of
 * the components it uses one by one (apps/web/src/app/nl-design-system.css); a component used
 * without adding its styles shows up here.
 */
async function unstyledDesignSystemClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors: string[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const styled = selectors.join(' ');
    const classes = new Set(
      Array.from(document.querySelectorAll('[class*="utrecht-"]')).flatMap((element) =>
        Array.from(element.classList).filter((name) => /^utrecht-[a-z0-9-]+$/.test(name) && !name.includes('--')),
      ),
    );
    // Styled when a rule names the class itself or one of its `--modifier`s (the emphasis
    // component styles only `utrecht-emphasis--strong`), not a longer name (`-1`).
    return [...classes].filter((name) => !new RegExp(`\\.${name}(?![\\w]|-(?!-))`).test(styled));
  });
}

/** The first link in the main content whose target starts with the prefix (a detail page). */
async function firstDetailLink(page: Page, prefix: string): Promise<string> {
  const links = page.locator(`main a[href^="${prefix}"]`);
  const detailHref = async () => {
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.find((h) => h.length > prefix.length && !h.endsWith('/nieuw'));
  };
  // A list page shows its "new" link before its rows have loaded: wait for a detail link itself.
  await expect.poll(detailHref, { message: `no detail link under ${prefix}`, timeout: 30_000 }).toBeTruthy();
  return (await detailHref())!;
}

/** Send a change to the API as the page's signed-in user, with the session's CSRF token. */
async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const response = await page.request.post(`/api/v1${path}`, {
    data: body,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

describe('phone layout: every page fits 390 px and passes axe, with the menu closed and open', () => {
  const { newPage } = useBrowser();
  /** What the report this file submits gives: the receipt (status link) and, once routed, a case. */
  const demo: { receipt?: { reference: string; statusToken: string }; person?: string } = {};

  beforeAll(async () => {
    // A report to follow: the public receipt and status pages, a triage detail and a case.
    const page = await newPage({ width: PHONE });
    const created = await page.request.post('/api/v1/reports', {
      data: {
        categories: ['confused_behaviour'],
        concern: 'Mijn buurman loopt al dagen verward over straat en slaapt in het portiek.',
        acuteDanger: false,
        subject: { name: 'Gerrit Smalbreed' },
        // Its own address and reporter: the meldpunt journey must not find this report as a duplicate of its own.
        location: { municipalityCode: 'GM0150', address: 'Keizerstraat 40, Deventer' },
        reporter: { kind: 'neighbour', email: 'telefoonbreedte@example.org', wantsFeedback: true },
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    demo.receipt = (await created.json()) as { reference: string; statusToken: string };
    demo.person = 'Smalbreed';

    // A second report stays in the triage queue, so the queue has a detail page to open even
    // when no other test file has left an open report behind.
    const open = await page.request.post('/api/v1/reports', {
      data: {
        categories: ['confused_behaviour'],
        concern: 'Een man roept al de hele middag op het plein en lijkt de weg kwijt.',
        acuteDanger: false,
        subject: { name: 'Onbekende man' },
        location: { municipalityCode: 'GM0150', address: 'Grote Kerkhof 3, Deventer' },
        reporter: { kind: 'other', wantsFeedback: false },
      },
    });
    expect(open.ok(), await open.text()).toBe(true);

    await signIn(page, MELDPUNT);
    const queue = (await (await page.request.get('/api/v1/triage/reports')).json()) as {
      items: { id: string; reference: string }[];
    };
    const report = queue.items.find((item) => item.reference === demo.receipt?.reference);
    if (!report) throw new Error('the new report is not in the triage queue');
    await apiPost(page, `/triage/reports/${report.id}/person`, {
      create: { givenName: 'Gerrit', familyName: demo.person },
    });
    await apiPost(page, `/triage/reports/${report.id}/route`, {});
  });

  /** Open the page of a route (resolving its parameter), check its width and axe with the menu closed. */
  async function checkRoute(page: Page, route: PhoneRoute): Promise<void> {
    let url = route.path;
    if (route.sample) {
      await page.goto(route.sample.list);
      url = await firstDetailLink(page, route.sample.linkPrefix);
    } else if (route.path === '/status/:token') {
      url = `/status/${demo.receipt!.statusToken}`;
    } else if (route.path === '/toegangslog/persoon/:personId') {
      const persons = (await (
        await page.request.get('/api/v1/access-log/persons', { params: { q: demo.person! } })
      ).json()) as { items: { id: string }[] };
      url = `/toegangslog/persoon/${persons.items[0]!.id}`;
    } else if (route.path === '/melden/ontvangen') {
      // The receipt page shows what the report form stored for this tab.
      await page.goto('/melden');
      await page.evaluate(
        (receipt) => sessionStorage.setItem('springplank.reportReceipt', receipt),
        JSON.stringify(demo.receipt),
      );
    }
    await page.goto(url);
    await settle(page);
    expect.soft(await pageWidth(page), `${url} is wider than the phone`).toBeLessThanOrEqual(PHONE);
    expect.soft(await unstyledDesignSystemClasses(page), `${url}: NL Design System classes without styles`).toEqual([]);
    await expectAccessible(page, `${url} at ${PHONE}px`);
  }

  /** Open the menu with the button, check it and the page with it open, and close it again. */
  async function checkOpenMenu(page: Page, label: string): Promise<void> {
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').first().isVisible()).toBe(true);
    expect.soft(await pageWidth(page), `${label} with the menu open`).toBeLessThanOrEqual(PHONE);
    await expectAccessible(page, `${label} with the menu open`);
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
  }

  it('checks every route of the app’s route table', () => {
    // A redirect shows its target's page; the catch-all is checked as an unknown path.
    const pages = ROUTE_TABLE.filter((route) => !('redirectTo' in route)).map((route) =>
      route.path === '*' ? '/bestaat-niet' : route.path,
    );
    expect(ROUTES.map((route) => route.path).sort()).toEqual([...pages].sort());
  });

  const accounts = [...new Set(ROUTES.map((route) => route.account))];

  it.each(accounts.map((account) => ({ account: account ?? 'no account' })))(
    'pages for $account',
    async ({ account }) => {
      const page = await newPage({ width: PHONE });
      if (account !== 'no account') await signIn(page, account);
      const routes = ROUTES.filter((route) => (route.account ?? 'no account') === account);
      for (const route of routes) await checkRoute(page, route);
      if (account === 'no account') return;
      // The start page has the menu (the print report, checked last for some, has none).
      await page.goto('/');
      await settle(page);
      await checkOpenMenu(page, `menu of ${account}`);
    },
    // Up to 17 pages with axe each; a busy machine needs minutes.
    480_000,
  );

  it('the menu button is a keyboard-operable disclosure; wide screens show the links instead', async () => {
    const page = await newPage({ width: PHONE });
    await signIn(page, TOEGANG);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const button = nav.getByRole('button', { name: 'Menu' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const listId = await button.getAttribute('aria-controls');
    expect(await page.locator(`[id="${listId}"]`).isVisible()).toBe(false);
    expect(await nav.getByRole('link', { name: 'Wachtlijst' }).isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[id="${listId}"]`).isVisible()).toBe(true);
    // The links come right after the button in the focus order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(listId);

    // Choosing a page closes the menu.
    await page.keyboard.press('Space');
    await nav.getByRole('link', { name: 'Wachtlijst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtlijst' }).waitFor();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');

    const wide = await newPage({ width: 1280 });
    await signIn(wide, TOEGANG);
    const wideNav = wide.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await wideNav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await wideNav.getByRole('link', { name: 'Wachtlijst' }).isVisible()).toBe(true);
  });

  it('a table becomes labelled cards and keeps its table semantics; a wide monitor table scrolls in its own region', async () => {
    const page = await newPage({ width: PHONE });
    await signIn(page, TOEGANG);
    await page.goto('/plaatsen');
    const table = page.getByTestId('free-places');
    await table.getByRole('row').nth(1).waitFor();
    const firstRow = table.getByRole('row').nth(1);
    // Each cell shows its column heading; screen readers still get rows, cells and column headers.
    expect(await firstRow.getByRole('cell').first().getAttribute('data-label')).toBe('Aanbieder');
    expect(await table.getByRole('columnheader', { name: 'Aanbieder' }).count()).toBe(1);
    const box = await firstRow.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE);

    await page.goto('/monitor');
    const region = page.getByRole('region', { name: /per gemeente/ });
    await region.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    const described = await region.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).innerText()).toContain('Schuif de tabel opzij');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});
