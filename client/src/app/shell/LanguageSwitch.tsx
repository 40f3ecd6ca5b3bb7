import { useQueryClient } from '@tanstack/react-query';
import { LOCALES, type Locale } from '@tks/shared/locale';
import type { SessionInfo } from '@tks/shared/schemas/auth';
import { saveAccountLocale } from '../../features/auth/mutations';
import { authKeys } from '../../features/auth/queries';
import { useLocale } from '../../i18n/useLocale';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Record<Locale, { short: string; name: string }> = {
  nl: { short: 'NL', name: 'Nederlands' },
  en: { short: 'EN', name: 'English' },
};

export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const queryClient = useQueryClient();
  const choose = (option: Locale) => {
    setLocale(option);
    // Signed in, the choice goes with the account too: the next sign-in anywhere opens in it.
    // (Read from the cache: pages without a session, such as a shared report, never ask for one.)
    const session = queryClient.getQueryData<SessionInfo | null>(authKeys.session());
    if (session && session.user.locale !== option) saveAccountLocale(queryClient, option);
  };
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__button"
          aria-pressed={locale === option}
          // The accessible name starts with the visible text so voice control ("click EN") works.
          aria-label={`${LANGUAGE_NAMES[option].short} – ${LANGUAGE_NAMES[option].name}`}
          onClick={() => choose(option)}
        >
          {LANGUAGE_NAMES[option].short}
        </button>
      ))}
    </fieldset>
  );
}
