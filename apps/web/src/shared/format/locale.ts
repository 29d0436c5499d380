import type { Locale } from '@springplank/contract';

/** Every date and time is shown in Dutch time, wherever the reader's computer is. */
export const TIME_ZONE = 'Europe/Amsterdam';

/** The Intl locale of an interface language: Dutch as in the Netherlands, English as in Britain (day first). */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}
