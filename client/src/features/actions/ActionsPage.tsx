import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useT } from '../../i18n/useLocale';

export function ActionsPage() {
  const t = useT();
  return <ComingSoonPage title={t('actions.title')} description={t('actions.description')} />;
}
