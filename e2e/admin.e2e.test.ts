import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';

describe('functioneel beheer: organisations and users', () => {
  const { newPage } = useBrowser();

  it('creates an organisation, a user in it, and the user signs in', async () => {
    const page = await newPage();
    await signIn(page, 'beheer@deventer.demo.test');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('organisations-table').waitFor();
    await expectAccessible(page, 'organisations');

    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
    await page.getByLabel('Naam van de organisatie').waitFor();
    await expectAccessible(page, 'new organisation');
    await page.getByLabel('Naam van de organisatie').fill('Bemoeizorgteam Salland-Noord');
    await page.getByLabel('Soort organisatie').selectOption({ label: 'Bemoeizorgteam' });
    await page.getByRole('checkbox', { name: 'Raalte' }).check();
    await page.getByRole('checkbox', { name: 'Olst-Wijhe' }).check();
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByText('De organisatie Bemoeizorgteam Salland-Noord is toegevoegd.').waitFor();

    await page.getByRole('link', { name: 'Bemoeizorgteam Salland-Noord wijzigen' }).click();
    await page.getByRole('checkbox', { name: 'De organisatie is actief' }).waitFor();
    await expectAccessible(page, 'edit organisation');
    await page.getByRole('link', { name: 'Annuleren' }).click();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByTestId('users-table').waitFor();
    await expectAccessible(page, 'users');

    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await page.getByLabel('Naam', { exact: true }).waitFor();
    await expectAccessible(page, 'new user');
    await page.getByLabel('Naam', { exact: true }).fill('Noor Bakker');
    await page.getByLabel('E-mailadres').fill('noor.bakker@salland.demo.test');
    await page.getByLabel('Organisatie').selectOption({ label: 'Bemoeizorgteam Salland-Noord' });
    await page.getByRole('checkbox', { name: 'Medewerker bemoeizorg' }).check();
    await page.getByLabel('Wachtwoord (niet verplicht)').fill('een lang wachtwoord voor noor');
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noor Bakker' }).waitFor();
    await expectAccessible(page, 'user detail');

    await page.getByRole('checkbox', { name: 'Professionele melder' }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'noor.bakker@salland.demo.test', 'een lang wachtwoord voor noor');
    await expect.poll(() => page.getByTestId('home-details').innerText()).toContain('Bemoeizorgteam Salland-Noord');
  });

  it('offers no change of one’s own roles or organisation, and no administrator next to a person-seeing role', async () => {
    const page = await newPage();
    await signIn(page, 'beheer@deventer.demo.test');
    await page.goto('/beheer/gebruikers');
    await page.getByTestId('users-table').getByRole('link', { name: 'Koen Mulder' }).click();
    await page.getByTestId('user-self-access').waitFor();
    const form = page.getByTestId('user-edit-form');
    expect(await form.getByLabel('Organisatie').isDisabled()).toBe(true);
    const boxes = form.getByRole('group', { name: 'Rollen' }).getByRole('checkbox');
    expect(await boxes.evaluateAll((all) => all.every((box) => (box as HTMLInputElement).disabled))).toBe(true);
    await page.goto('/beheer/gebruikers/nieuw');
    await page.getByLabel('Organisatie').selectOption({ label: 'Gemeente Deventer (centrumgemeente)' });
    await page.getByRole('checkbox', { name: 'Functioneel beheerder' }).check();
    const privacy = page.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: /Privacy/ });
    expect(await privacy.isDisabled()).toBe(true);
  });

  it('refuses a role that does not fit the organisation', async () => {
    const page = await newPage();
    await signIn(page, 'beheer@deventer.demo.test');
    await page.goto('/beheer/gebruikers/nieuw');
    await page.getByLabel('Organisatie').selectOption({ label: 'Woonstichting IJsselhuis' });
    const roles = await page
      .getByRole('group', { name: 'Rollen' })
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((box) => box.closest('label')?.textContent ?? box.getAttribute('aria-label') ?? ''),
      );
    expect(roles.join(' ')).not.toContain('Medewerker meldpunt');
  });

  it('changes a deadline and adds a routing rule for a district', async () => {
    const page = await newPage();
    await signIn(page, 'beheer@deventer.demo.test');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Meldpunt-instellingen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Meldpunt-instellingen' }).waitFor();
    await page.getByTestId('deadlines-table').waitFor();
    await page.getByRole('button', { name: 'Regels opslaan' }).waitFor();
    await expectAccessible(page, 'meldpunt settings');

    await page.getByLabel('Eerste contact binnen (werkdagen) — Normaal').fill('4');
    await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
    await page.getByText('De termijnen zijn opgeslagen.').waitFor();

    const before = await page.getByTestId('routing-rule').count();
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    const rule = page.getByRole('group', { name: `Regel ${before + 1}`, exact: true });
    await rule.getByLabel('Gemeente').selectOption({ label: 'Deventer' });
    await rule.getByRole('textbox', { name: 'Wijk' }).fill('Colmschate');
    await rule.getByLabel('Bemoeizorgteam').selectOption({ label: 'Bemoeizorgteam Lochem en Zutphen' });
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByText('De routeringsregels zijn opgeslagen.').waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Regels opslaan' }).waitFor();
    const rules = await page.getByTestId('routing-rule').evaluateAll((items) =>
      items.map((item) =>
        Array.from(item.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))
          .map((field) => (field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value))
          .join(' | '),
      ),
    );
    expect(rules).toContain('Deventer | Colmschate | Bemoeizorgteam Lochem en Zutphen');
    await expect.poll(() => page.getByLabel('Eerste contact binnen (werkdagen) — Normaal').inputValue()).toBe('4');

    const phone = await newPage({ width: 360 });
    await signIn(phone, 'beheer@deventer.demo.test');
    await phone.goto('/beheer/meldpunt');
    await phone.getByTestId('deadlines-table').waitFor();
    await phone.getByRole('button', { name: 'Regels opslaan' }).waitFor();
    await expectAccessible(phone, 'meldpunt settings at 360px');
  });
});
