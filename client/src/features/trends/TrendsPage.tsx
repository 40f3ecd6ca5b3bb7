import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useT } from '../../i18n/useLocale';

export function TrendsPage() {
  const t = useT();
  return <ComingSoonPage title={t('trends.title')} description={t('trends.description')} />;
}
