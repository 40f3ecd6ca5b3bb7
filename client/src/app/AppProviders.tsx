import { type QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { SessionExpiryWatcher } from '../features/auth/SessionExpiryWatcher';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { useLocale } from '../i18n/useLocale';

/**
 * Error messages come from the server in the language of the request; after a language switch the
 * failed requests are asked again so their message is in the new language too. Data itself carries
 * both languages, so successful queries are left alone.
 */
function RefetchFailedOnLocaleChange() {
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const previous = useRef(locale);
  useEffect(() => {
    if (previous.current === locale) return;
    previous.current = locale;
    void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
  }, [locale, queryClient]);
  return null;
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <RefetchFailedOnLocaleChange />
        <SessionExpiryWatcher />
        {children}
      </LocaleProvider>
    </QueryClientProvider>
  );
}
