import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useT } from '../../i18n/useLocale';

export function QuestionnairesPage() {
  const t = useT();
  return <ComingSoonPage title={t('questionnaires.title')} description={t('questionnaires.description')} />;
}
