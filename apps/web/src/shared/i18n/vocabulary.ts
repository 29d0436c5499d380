import type { Locale } from '@springplank/contract';
import { municipalityName, vocabularyTextIn, type VocabularyCode, type VocabularyKind } from '@springplank/domain';
import { languagePack } from './languages';

/** A kind `t.enum` names: a vocabulary kind (`service`, `role`, …) or `municipality` (by CBS code). */
export type EnumKind = VocabularyKind | 'municipality';

/**
 * The codes of a kind. Municipality codes come from the region's data, so any string is
 * accepted there and a code outside the CBS division is shown as it is.
 */
export type EnumCode<K extends EnumKind> = K extends VocabularyKind ? VocabularyCode<K> : string;

/** Names a code from the shared vocabulary (packages/domain/src/vocabulary). */
export type EnumTranslate = <K extends EnumKind>(kind: K, code: EnumCode<K>) => string;

/** The name of a code in the given language; what `t.enum` calls. */
export function enumText<K extends EnumKind>(locale: Locale, kind: K, code: EnumCode<K>): string {
  if (kind === 'municipality') return municipalityName(code) ?? code;
  return vocabularyTextIn(languagePack(locale).vocabulary, kind, code as VocabularyCode<VocabularyKind>);
}
