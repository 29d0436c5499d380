import type { VocabularyCode, VocabularyKind, VocabularyTexts } from './kinds';

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
 * The readable name of an access-log action in one language's texts (`stay.read` → "Verblijf
 * bekeken"): its own name if it has one, else record type and verb, else the code itself.
 */
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

/** The name of a record type in the log in one language's texts; an unknown type as it is. */
export function accessLogSubjectTextIn(texts: VocabularyTexts, subjectType: string): string {
  const subjects: Readonly<Record<string, string>> = texts.accessLogSubject;
  return subjects[subjectType] ?? subjectType;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
