import type { Locale } from '@tks/shared/locale';
import { type ReactNode, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { setRequestLocale } from '../api/client';
import { LocaleContext, type LocaleContextValue } from './context';
import { readStoredLocale, storeLocale } from './storage';
import { createTranslate, loadMessages } from './translate';

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const stored = readStoredLocale();
    // Set before any child query runs, so the first requests already ask for the right language.
    setRequestLocale(stored);
    return stored;
  });

  const setLocale = useCallback((next: Locale) => {
    // Switch once the language's messages are here; if they cannot be fetched, stay as it was.
    loadMessages(next).then(
      () => {
        setRequestLocale(next);
        storeLocale(next);
        setLocaleState(next);
      },
      () => {},
    );
  }, []);

  // In the same commit as the translated text (a passive effect may run after the paint, when the
  // switch arrives from a promise), so the page never announces English text as Dutch.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<LocaleContextValue>(
    () => ({ locale, setLocale, t: createTranslate(locale) }),
    [locale, setLocale],
  );

  return <LocaleContext value={value}>{children}</LocaleContext>;
}
