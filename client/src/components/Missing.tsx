import { MISSING } from '@tks/shared/format';
import { useT } from '../i18n/useLocale';

/** A compact "no value" mark that screen readers still read as words, never as zero. */
export function Missing() {
  const t = useT();
  return (
    <span className="missing">
      <span aria-hidden="true">{MISSING}</span>
      <span className="visually-hidden">{t('state.noData')}</span>
    </span>
  );
}
