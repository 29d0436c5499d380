import type { Locale } from '@springplank/contract';
import type { VocabularyTexts } from '@springplank/domain';
import { nlVocabulary } from '@springplank/domain/vocabulary/nl';
import { nlPublic, type MessageKey } from './dictionaries';

/**
 * Everything the interface needs to speak one language: its texts and the names of codes.
 * Dutch starts with the public texts only (see `loadSignedInTexts`), hence `Partial`.
 */
export interface LanguagePack {
  messages: Readonly<Partial<Record<MessageKey, string>>>;
  vocabulary: VocabularyTexts;
}

// Filled in place by `loadSignedInTexts`, so a translate function made earlier sees them too.
const nlMessages: Partial<Record<MessageKey, string>> = { ...nlPublic };
const NL_PACK: LanguagePack = { messages: nlMessages, vocabulary: nlVocabulary };
let signedInTexts: Promise<void> | undefined;
let signedInTextsLoaded = false;

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

/**
 * Loads the Dutch texts of the signed-in screens once (English has them in its one pack). The
 * app shell waits for this before it shows anything to a signed-in user; a failed download
 * may be tried again.
 */
export function loadSignedInTexts(): Promise<void> {
  signedInTexts ??= import('./nl/signed-in').then(
    ({ nlSignedIn }) => {
      Object.assign(nlMessages, nlSignedIn);
      signedInTextsLoaded = true;
    },
    (error: unknown) => {
      signedInTexts = undefined;
      throw error;
    },
  );
  return signedInTexts;
}

/** True once the signed-in screens can be shown in Dutch without waiting for a download. */
export function areSignedInTextsLoaded(): boolean {
  return signedInTextsLoaded;
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
