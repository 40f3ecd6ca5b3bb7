import { COMPONENTS } from '@tks/shared/components';
import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useLocale } from '../../i18n/useLocale';

export function AgreementsPage() {
  const { t, locale } = useLocale();
  return (
    <ComingSoonPage
      title={COMPONENTS.informatie_delen[locale]}
      eyebrow={t('agreements.eyebrow')}
      description={t('agreements.description')}
    />
  );
}
