import { Button } from '@utrecht/component-library-react';
import { useSaveLocale, useSession } from '../shared/api/session';
import { useI18n } from '../shared/i18n/useT';

/** The "English" / "Nederlands" button; signed-in users get the choice stored on the server. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { user } = useSession();
  const { mutate: saveLocale } = useSaveLocale();
  const next = locale === 'nl' ? 'en' : 'nl';
  const onClick = () => {
    setLocale(next, { byUser: true });
    if (user) saveLocale(next);
  };
  return (
    <Button appearance="subtle-button" className="sp-lang-switch" onClick={onClick} data-testid="language-switch">
      <span lang={next}>{t('lang.switchTo')}</span>
    </Button>
  );
}
