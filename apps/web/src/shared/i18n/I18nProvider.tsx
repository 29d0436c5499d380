import type { Locale } from '@springplank/contract';
import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { intlLocale as intlLocaleOf } from '../format/locale';
import { formatNumber } from '../format/numbers';
import type { MessageKey } from './dictionaries';
import { isLanguageLoaded, languagePack, loadLanguagePack, rememberLocale, storedLocale } from './languages';
import { enumText, type EnumTranslate } from './vocabulary';

/** Values to fill into {placeholders} of a text. */
export type MessageVars = Record<string, string | number>;

/** A text that depends on a count: the dictionaries hold `<key>.one` and `<key>.other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** Translates a key; `lookup` is for keys built at run time (e.g. an action name from the server). */
export type Translate = ((key: MessageKey, vars?: MessageVars) => string) & {
  lookup: (key: string, vars?: MessageVars) => string | undefined;
  /** The form of `key` for `count` chosen by Intl.PluralRules; `{count}` is the count as written in the language. */
  plural: (key: PluralKey, count: number, vars?: MessageVars) => string;
  /** The name of a code (service, role, reason, municipality…) from the shared vocabulary: `t.enum('service', code)`. */
  enum: EnumTranslate;
};

/** What the i18n context offers to components. */
export interface I18nContextValue {
  locale: Locale;
  /** Change the language; `byUser: true` marks a choice made with the switch, `false` clears the mark. */
  setLocale: (locale: Locale, options?: { byUser?: boolean }) => void;
  /** True once the person has used the language switch in this visit. */
  chosenByUser: boolean;
  t: Translate;
}

/** React context carrying the language and translate function; read it with useI18n(). */
export const I18nContext = createContext<I18nContextValue | null>(null);

function fill(text: string, vars?: MessageVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Holds the interface language, keeps <html lang> in step and remembers the choice locally. */
export function I18nProvider({ children }: { children: ReactNode }) {
  // A stored English choice is normally loaded before the first render (main.tsx); if not,
  // the page starts in Dutch and switches once the English texts have arrived.
  const [locale, setLocaleState] = useState<Locale>(() => {
    const stored = storedLocale();
    return isLanguageLoaded(stored) ? stored : 'nl';
  });
  const [chosenByUser, setChosenByUser] = useState(false);
  // The language asked for last: a slower download of an earlier choice must not win.
  const requested = useRef<Locale>(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale, options?: { byUser?: boolean }) => {
    if (options?.byUser !== undefined) setChosenByUser(options.byUser);
    rememberLocale(next);
    requested.current = next;
    if (isLanguageLoaded(next)) {
      setLocaleState(next);
      return;
    }
    loadLanguagePack(next).then(
      () => {
        if (requested.current === next) setLocaleState(next);
      },
      () => {
        // The texts could not be fetched (offline): stay in the language on screen.
      },
    );
  }, []);

  useEffect(() => {
    const stored = storedLocale();
    if (isLanguageLoaded(stored)) return;
    requested.current = stored;
    loadLanguagePack(stored).then(
      () => {
        if (requested.current === stored) setLocaleState(stored);
      },
      () => undefined,
    );
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const dictionary: Readonly<Record<string, string>> = languagePack(locale).messages;
    const pluralRules = new Intl.PluralRules(intlLocaleOf(locale));
    const t = Object.assign((key: MessageKey, vars?: MessageVars) => fill(dictionary[key] ?? key, vars), {
      lookup: (key: string, vars?: MessageVars) => {
        const text = dictionary[key];
        return text === undefined ? undefined : fill(text, vars);
      },
      plural: (key: PluralKey, count: number, vars?: MessageVars) => {
        // Only "one" and "other" exist in Dutch and English; any other category falls back to "other".
        const text = dictionary[`${key}.${pluralRules.select(count)}`] ?? dictionary[`${key}.other`] ?? key;
        return fill(text, { ...vars, count: formatNumber(count, locale, 2) });
      },
      enum: ((kind, code) => enumText(locale, kind, code)) satisfies EnumTranslate,
    });
    return { locale, setLocale, chosenByUser, t };
  }, [locale, setLocale, chosenByUser]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
