import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/browser';

const csv = (text: string, name: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const PERSONS = 'person_ref,birth_date,municipality_code,bsn\nE2E-1,1990-04-01,GM0150,\nE2E-2,2003-09-12,GM0301,\n';

describe('functioneel beheer: bulk import from CSV files', () => {
  const { newPage } = useBrowser();

  it('an administrator checks files, sees every problem, corrects them and imports', async () => {
    const page = await newPage();
    await signIn(page, 'beheer@deventer.demo.test');
    await page.goto('/beheer/import');
    await page.getByRole('heading', { level: 1, name: 'Gegevens importeren' }).waitFor();
    await expectAccessible(page, 'import page');

    await page.locator('#import-persons').setInputFiles(csv(PERSONS, 'persons.csv'));
    await page
      .locator('#import-stays')
      .setInputFiles(
        csv(
          'person_ref,service,started_on,ended_on\nE2E-1,nachtopvang,2024-02-01,2024-01-01\nE2E-9,villa,2024-02-30,\n',
          'stays.csv',
        ),
      );
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('import-problems').waitFor();
    expect(await page.getByTestId('import-problems').locator('li').allInnerTexts()).toEqual([
      'stays.csv:2: ended_on: 2024-01-01 is before started_on 2024-02-01',
      'stays.csv:3: person_ref: unknown person "E2E-9" (not in persons.csv nor in the region)',
      'stays.csv:3: service: unknown service code: "villa"',
      'stays.csv:3: started_on: not a valid date: "2024-02-30" (expected YYYY-MM-DD)',
    ]);
    expect(await page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'import problems');

    await page
      .locator('#import-stays')
      .setInputFiles(
        csv('person_ref,service,started_on,ended_on\nE2E-1,nachtopvang,2024-01-01,2024-02-01\n', 'stays.csv'),
      );
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByTestId('import-result').waitFor();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('geïmporteerd');
    const counts = await page.getByTestId('import-counts').locator('tbody tr').allInnerTexts();
    expect(counts.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(['persons.csv 2 2 0 0', 'stays.csv 1 1 0 0']);
    await expectAccessible(page, 'import done');
  });
});
