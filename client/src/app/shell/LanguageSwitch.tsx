import { LOCALES, type Locale } from '@tks/shared/locale';
import { useLocale } from '../../i18n/useLocale';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Record<Locale, { short: string; name: string }> = {
  nl: { short: 'NL', name: 'Nederlands' },
  en: { short: 'EN', name: 'English' },
};

export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
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
          onClick={() => setLocale(option)}
        >
          {LANGUAGE_NAMES[option].short}
        </button>
      ))}
    </fieldset>
  );
}
