import type { Locale } from '@springplank/contract';
import type { VocabularyTexts } from '@springplank/domain';
import { nlVocabulary } from '@springplank/domain/vocabulary/nl';
import { nl, type MessageKey } from './dictionaries';

/** Everything the interface needs to speak one language: its texts and the names of codes. */
export interface LanguagePack {
  messages: Readonly<Record<MessageKey, string>>;
  vocabulary: VocabularyTexts;
}

const NL_PACK: LanguagePack = { messages: nl, vocabulary: nlVocabulary };

/**
 * Packs loaded so far. Dutch is in the first download; English is a separate chunk fetched
 * when it is chosen, because most readers never need it (issue 11: ≤ 200 kB for /melden).
 */
const loaded: Partial<Record<Locale, LanguagePack>> = { nl: NL_PACK };

/** Loads a language's pack once (English from its own chunk); later calls answer at once. */
export async function loadLanguagePack(locale: Locale): Promise<LanguagePack> {
  const known = loaded[locale];
  if (known) return known;
  const { enPack } = await import('./en/pack');
  loaded.en = enPack;
  return enPack;
}

/** True when the language can be shown without waiting for a download. */
export function isLanguageLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * The pack of a language that has been loaded. The provider switches language only after
 * loading, so this answers the chosen language; Dutch is the fallback if it was not loaded.
 */
export function languagePack(locale: Locale): LanguagePack {
  return loaded[locale] ?? NL_PACK;
}

const STORAGE_KEY = 'springplank.locale';

/** The language chosen earlier on this device; Dutch when none was stored or storage is closed. */
export function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'nl' || stored === 'en' ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** Remembers the language on this device for the next visit. */
export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this visit only.
  }
}
