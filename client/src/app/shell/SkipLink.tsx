import { useT } from '../../i18n/useLocale';

/** A plain fragment link: it works before and without JavaScript, and main takes focus via tabIndex. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipLink')}
    </a>
  );
}
