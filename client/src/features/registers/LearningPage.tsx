import { COMPONENTS } from '@tks/shared/components';
import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useLocale } from '../../i18n/useLocale';

export function LearningPage() {
  const { t, locale } = useLocale();
  return (
    <ComingSoonPage
      title={COMPONENTS.samenwerken_leren[locale]}
      eyebrow={t('learning.eyebrow')}
      description={t('learning.description')}
    />
  );
}
