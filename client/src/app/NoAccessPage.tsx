import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/useLocale';

/**
 * The server refused (403): say plainly that this is about access, not a fault, and offer the way
 * back to what the user may open.
 */
export function NoAccessPage({ scope }: { scope: 'coalition' | 'page' | 'platform' }) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('noAccess.title')} description={t(`noAccess.${scope}`)} />
      <p>{t('noAccess.help')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('noAccess.home')}
        </Link>
      </p>
    </>
  );
}
