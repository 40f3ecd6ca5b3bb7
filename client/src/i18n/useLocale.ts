import { useContext } from 'react';
import { LocaleContext, type LocaleContextValue } from './context';
import type { Translate } from './translate';

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <LocaleProvider>');
  return value;
}

export function useT(): Translate {
  return useLocale().t;
}
