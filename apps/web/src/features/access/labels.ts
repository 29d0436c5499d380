import type { Translate } from '../../shared/i18n/I18nProvider';

/** A service code in words ("Beschermd wonen"). */
export function serviceLabel(service: string, t: Translate): string {
  return t.lookup(`capacity.service.${service}`) ?? service;
}

/** An expertise tag in words. */
export function expertiseLabel(tag: string, t: Translate): string {
  return t.lookup(`capacity.expertise.${tag}`) ?? tag;
}

/** A person's name, or a placeholder. */
export function personName(name: string | null | undefined, t: Translate): string {
  return name || t('access.person.unknownName');
}
