/**
 * Readable Dutch names for the access log, for the CSV export and the printable overview of an
 * inzageverzoek (which are Dutch documents). The names themselves live in the vocabulary
 * (vocabulary/access-log-texts-nl.ts and -en.ts), which the web's screen reads in the user's language.
 */
import { accessLogActionTextIn, accessLogSubjectTextIn, isVocabularyCode, vocabularyTextIn } from './vocabulary';
import { nlVocabulary } from './vocabulary/nl';

/** The Dutch name of a record type in the log (e.g. `stay` → "Verblijf"); unknown types as they are. */
export function accessLogSubjectLabel(subjectType: string): string {
  return accessLogSubjectTextIn(nlVocabulary, subjectType);
}

/** The readable Dutch name of an action (e.g. `stay.read` → "Verblijf bekeken"); the code as a last resort. */
export function accessLogActionLabel(action: string): string {
  return accessLogActionTextIn(nlVocabulary, action);
}

/** The Dutch word for an entry's outcome. */
export function accessLogOutcomeLabel(outcome: 'allowed' | 'denied'): string {
  return vocabularyTextIn(nlVocabulary, 'accessLogOutcome', outcome);
}

/** The Dutch name of the role an entry was written in (as the web app names it); empty for none. */
export function accessLogRoleLabel(role: string | null): string {
  if (!role) return '';
  return isVocabularyCode('role', role) ? vocabularyTextIn(nlVocabulary, 'role', role) : role;
}
