import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './browser';

/** The confirmation dialog with this title (a question naming what will happen). */
export function confirmDialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole('alertdialog', { name: title });
}

/** Answers the open confirmation dialog with its confirm button and waits until it is gone. */
export async function confirmWith(page: Page, title: string | RegExp, confirmLabel: string): Promise<void> {
  const dialog = confirmDialog(page, title);
  await dialog.getByRole('button', { name: confirmLabel, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Opens the confirmation with `trigger` and proves the dialog is a safe one: it passes axe,
 * focus starts on "Annuleren" and Tab cannot leave it, Escape closes it, focus is back on the
 * trigger, and no request to `path` (a mutation) was sent.
 */
export async function expectEscapeCancels(
  page: Page,
  trigger: Locator,
  title: string | RegExp,
  path: RegExp,
): Promise<void> {
  const sent: string[] = [];
  const record = (request: { method: () => string; url: () => string }) => {
    if (request.method() !== 'GET' && path.test(new URL(request.url()).pathname)) sent.push(request.url());
  };
  page.on('request', record);
  try {
    await trigger.click();
    const dialog = confirmDialog(page, title);
    await dialog.waitFor();
    await expectAccessible(page, `confirmation "${String(title)}"`);
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const focusInDialog = () => page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);
    expect(await focusedText()).toBe('Annuleren');
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await focusInDialog(), `focus stays in the dialog after ${key}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
    // Give a wrongly sent request the time to show up before counting.
    await page.waitForTimeout(300);
    expect(sent).toEqual([]);
  } finally {
    page.off('request', record);
  }
}
