import { useT } from '../i18n/useLocale';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

interface ComingSoonPageProps {
  title: string;
  eyebrow?: string;
  description: string;
}

/** An honest page for what is planned but not built: what it will hold, and that it is not there yet. */
export function ComingSoonPage({ title, eyebrow, description }: ComingSoonPageProps) {
  const t = useT();
  return (
    <>
      <PageHeader title={title} eyebrow={eyebrow} description={description} />
      <EmptyState title={t('state.comingSoon.title')}>
        <p>{t('state.comingSoon.body')}</p>
      </EmptyState>
    </>
  );
}
