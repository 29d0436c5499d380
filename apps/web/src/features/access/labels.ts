import type { Translate } from '../../shared/i18n/I18nProvider';

/** A person's name, or a placeholder. */
export function personName(name: string | null | undefined, t: Translate): string {
  return name || t('access.person.unknownName');
}
