import type { Locale } from '@tks/shared/locale';
import { createContext } from 'react';
import type { Translate } from './translate';

export interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);
