import type { Locale } from '@springplank/contract';
import { useEffect, useRef } from 'react';
import { useSaveLocale, useSession } from '../shared/api/session';
import { useI18n } from '../shared/i18n/useT';

/**
 * Keeps the interface language in step with the signed-in user's stored preference. A choice
 * made with the language switch before signing in wins, and is then stored for the user.
 */
export function LocaleSync() {
  const { user } = useSession();
  const { locale, setLocale, chosenByUser } = useI18n();
  const { mutate: saveLocale } = useSaveLocale();
  const seen = useRef<{ id: string; locale: Locale } | null>(null);

  useEffect(() => {
    if (!user) {
      seen.current = null;
      return;
    }
    const previous = seen.current;
    seen.current = { id: user.id, locale: user.locale };
    if (previous && previous.id === user.id && previous.locale === user.locale) return;
    const newSignIn = !previous || previous.id !== user.id;
    if (newSignIn && chosenByUser) {
      // The language picked on the sign-in page wins once, and is stored for this user.
      if (user.locale !== locale) saveLocale(locale);
      setLocale(locale, { byUser: false });
      return;
    }
    if (user.locale !== locale) setLocale(user.locale);
  }, [user, locale, chosenByUser, setLocale, saveLocale]);

  return null;
}
