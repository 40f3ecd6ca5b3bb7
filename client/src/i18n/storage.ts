import { DEFAULT_LOCALE, type Locale, zLocale } from '@tks/shared/locale';

export const LOCALE_STORAGE_KEY = 'tks.locale';

// Storage can be unavailable (private browsing, blocked cookies); the app must still work, in Dutch.
export function readStoredLocale(): Locale {
  try {
    const parsed = zLocale.safeParse(window.localStorage.getItem(LOCALE_STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this visit only.
  }
}
