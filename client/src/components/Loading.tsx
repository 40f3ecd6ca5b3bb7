import { useT } from '../i18n/useLocale';

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}
