import { COMPONENTS } from '@tks/shared/components';
import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useLocale } from '../../i18n/useLocale';

export function CarePlansPage() {
  const { t, locale } = useLocale();
  return (
    <ComingSoonPage
      title={COMPONENTS.integraal_behandelplan[locale]}
      eyebrow={t('carePlans.eyebrow')}
      description={t('carePlans.description')}
    />
  );
}
