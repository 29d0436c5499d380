/**
 * The vocabulary in both languages, for code that may speak either (the server's exports and
 * tests). Not part of the package's main entry: the web loads English on demand and reads one
 * language's texts with the `…In` functions instead (`@springplank/domain/vocabulary`).
 */
import { enVocabulary } from './en';
import type { VocabularyCode, VocabularyKind, VocabularyLocale, VocabularyTexts } from './kinds';
import { nlVocabulary } from './nl';
import { accessLogActionTextIn, accessLogSubjectTextIn, vocabularyTextIn } from './texts';

/** The vocabulary per language. */
export const VOCABULARY: Readonly<Record<VocabularyLocale, VocabularyTexts>> = { nl: nlVocabulary, en: enVocabulary };

/**
 * The name of a code in a language. Typed callers always get a name; a value that reached
 * run time unchecked (an older code in a stored record) is returned as it is rather than lost.
 */
export function vocabularyText<K extends VocabularyKind>(
  locale: VocabularyLocale,
  kind: K,
  code: VocabularyCode<K>,
): string {
  return vocabularyTextIn(VOCABULARY[locale], kind, code);
}

/**
 * The readable name of an access-log action (`stay.read` → "Verblijf bekeken" / "Stay
 * viewed"): its own name if it has one, else record type and verb, else the code itself.
 */
export function accessLogActionText(locale: VocabularyLocale, action: string): string {
  return accessLogActionTextIn(VOCABULARY[locale], action);
}

/** The name of a record type in the log (`stay` → "Verblijf"); an unknown type as it is. */
export function accessLogSubjectText(locale: VocabularyLocale, subjectType: string): string {
  return accessLogSubjectTextIn(VOCABULARY[locale], subjectType);
}
