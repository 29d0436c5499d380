import type { Locale } from '@springplank/contract';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nProvider } from '../shared/i18n/I18nProvider';

/** What renderWithI18n returns: Testing Library's result plus a user-event session. */
export interface RenderWithI18n extends RenderResult {
  user: UserEvent;
}

/**
 * Render a component inside the app's i18n provider in the given language (Dutch by default),
 * with a user-event session for typing and clicking as a person would.
 */
export function renderWithI18n(ui: ReactElement, { locale = 'nl' }: { locale?: Locale } = {}): RenderWithI18n {
  // The provider reads the stored choice on mount; storing it first picks the test's language.
  window.localStorage.setItem('springplank.locale', locale);
  const user = userEvent.setup();
  // As a wrapper (not around `ui`), so `rerender(next)` keeps the provider.
  const result: RenderResult = render(ui, { wrapper: I18nProvider });
  return { user, ...result };
}
