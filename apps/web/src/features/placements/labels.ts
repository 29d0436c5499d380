import type { PlacementReason } from '@springplank/contract';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { formatMonths } from '../../shared/format';

/** A service code in words ("Beschermd wonen"). */
export function serviceLabel(service: string, t: Translate): string {
  return t.lookup(`placements.service.${service}`) ?? service;
}

/** Expertise tags in words, joined ("verslaving, autisme"). */
export function tagsLabel(tags: readonly string[], t: Translate): string {
  return tags.map((tag) => t.lookup(`placements.tag.${tag}`) ?? tag).join(', ');
}

/** A waiting-list priority in words. */
export function priorityLabel(priority: string, t: Translate): string {
  return t.lookup(`placements.priority.${priority}`) ?? priority;
}

/** Why a candidate is suggested, as one sentence (the server sends structured codes). */
export function reasonText(reason: PlacementReason, t: Translate, locale: 'nl' | 'en'): string {
  switch (reason.code) {
    case 'service_match':
      return t('placements.reason.service_match', { service: serviceLabel(reason.service, t).toLowerCase() });
    case 'needs_met':
      return t('placements.reason.needs_met', { tags: tagsLabel(reason.tags, t) });
    case 'needs_not_met':
      return t('placements.reason.needs_not_met', { tags: tagsLabel(reason.tags, t) });
    case 'priority':
      return t('placements.reason.priority', { value: priorityLabel(reason.value, t).toLowerCase() });
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
