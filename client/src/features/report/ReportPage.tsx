import { ComingSoonPage } from '../../components/ComingSoonPage';
import { useT } from '../../i18n/useLocale';

export function ReportPage() {
  const t = useT();
  return <ComingSoonPage title={t('report.title')} description={t('report.description')} />;
}
