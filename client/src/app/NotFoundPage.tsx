import { Link, useParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/useLocale';
import { coalitionUrl } from './paths';

export function NotFoundPage() {
  const t = useT();
  const { slug } = useParams();
  return (
    <>
      <PageHeader title={t('notFound.title')} description={t('notFound.body')} />
      <p>
        <Link to={slug ? coalitionUrl(slug) : '/'} className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
