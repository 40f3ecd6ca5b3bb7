import { COMPONENTS } from '@tks/shared/components';
import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useLocale } from '../../i18n/useLocale';

export function MirrorConversationsPage() {
  const { t, locale } = useLocale();
  return (
    <ComingSoonPage
      title={COMPONENTS.reflecteren[locale]}
      eyebrow={t('mirror.eyebrow')}
      description={t('mirror.description')}
    />
  );
}
