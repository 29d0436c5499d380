import type { PlacementReason } from '@springplank/contract';
import { isVocabularyCode } from '@springplank/domain';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { formatMonths } from '../../shared/format';

/** Expertise tags in words, joined ("verslaving, autisme"), to read inside a sentence. */
export function tagsLabel(tags: readonly string[], t: Translate, locale: 'nl' | 'en'): string {
  return tags
    .map((tag) => (isVocabularyCode('expertiseTag', tag) ? t.enum('expertiseTag', tag).toLocaleLowerCase(locale) : tag))
    .join(', ');
}

/** Why a candidate is suggested, as one sentence (the server sends structured codes). */
export function reasonText(reason: PlacementReason, t: Translate, locale: 'nl' | 'en'): string {
  switch (reason.code) {
    case 'service_match':
      return t('placements.reason.service_match', {
        service: t.enum('service', reason.service).toLocaleLowerCase(locale),
      });
    case 'needs_met':
      return t('placements.reason.needs_met', { tags: tagsLabel(reason.tags, t, locale) });
    case 'needs_not_met':
      return t('placements.reason.needs_not_met', { tags: tagsLabel(reason.tags, t, locale) });
    case 'priority':
      return t('placements.reason.priority', {
        value: t.enum('waitlistPriority', reason.value).toLocaleLowerCase(locale),
      });
    case 'waiting_months':
      return t('placements.reason.waiting_months', {
        months: formatMonths(reason.months, locale),
      });
    case 'preferred_municipality':
      return t('placements.reason.preferred_municipality');
    case 'prefers_other_municipality':
      return t('placements.reason.prefers_other_municipality');
    case 'previous_declines':
      return t.plural('placements.reason.previous_declines', reason.count);
  }
}
