/**
 * One vocabulary for the chain's codes (services, reasons, outcomes, tags, roles, statuses,
 * municipalities, access-log actions) in Dutch and English, shared by the web (`t.enum`) and
 * the server's exports. Keyed by the domain's code lists, so a code without a name in either
 * language fails the typecheck.
 */
import { enVocabulary } from './en';
import type { VocabularyCode, VocabularyKind, VocabularyLocale, VocabularyTexts } from './kinds';
import { nlVocabulary } from './nl';

export * from './kinds';
export * from './municipalities';
export * from './access-log-codes';
export { parseCbsMunicipalityList, renderMunicipalityModule, type CbsMunicipalityRow } from './cbs-municipality-list';

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
 * The name of a code in the given texts of one language. The web passes the language it has
 * loaded, so the English texts need not be in the first download.
 */
export function vocabularyTextIn<K extends VocabularyKind>(
  vocabulary: VocabularyTexts,
  kind: K,
  code: VocabularyCode<K>,
): string {
  const texts: Readonly<Record<string, string>> = vocabulary[kind];
  return texts[code] ?? code;
}

/**
 * The readable name of an access-log action (`stay.read` → "Verblijf bekeken" / "Stay
 * viewed"): its own name if it has one, else record type and verb, else the code itself.
 */
export function accessLogActionText(locale: VocabularyLocale, action: string): string {
  return accessLogActionTextIn(VOCABULARY[locale], action);
}

/** `accessLogActionText` in the given texts of one language. */
export function accessLogActionTextIn(texts: VocabularyTexts, action: string): string {
  const own: Readonly<Record<string, string>> = texts.accessLogAction;
  if (own[action]) return own[action];
  const verbs: Readonly<Record<string, string>> = texts.accessLogVerb;
  const subjects: Readonly<Record<string, string>> = texts.accessLogSubject;
  const dot = action.lastIndexOf('.');
  const verb = verbs[action.slice(dot + 1)];
  if (dot < 0) return verb ? capitalise(verb) : action;
  const subject = subjects[action.slice(0, dot)];
  return verb && subject ? `${subject} ${verb}` : action;
}

/** The name of a record type in the log (`stay` → "Verblijf"); an unknown type as it is. */
export function accessLogSubjectText(locale: VocabularyLocale, subjectType: string): string {
  return accessLogSubjectTextIn(VOCABULARY[locale], subjectType);
}

/** `accessLogSubjectText` in the given texts of one language. */
export function accessLogSubjectTextIn(texts: VocabularyTexts, subjectType: string): string {
  const subjects: Readonly<Record<string, string>> = texts.accessLogSubject;
  return subjects[subjectType] ?? subjectType;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
