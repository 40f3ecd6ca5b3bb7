import { Navigate } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { AccountBar } from '../features/auth/AccountBar';
import { homePath, useSession } from '../features/auth/session';
import { useT } from '../i18n/useLocale';
import { StandaloneLayout } from './shell/StandaloneLayout';

/**
 * `/` has no page of its own: it opens the first coalition the user belongs to (a platform
 * administrator without one goes to platform administration). Only the session guard renders it,
 * so the session is there.
 */
export function RootRedirect() {
  const t = useT();
  const session = useSession();
  if (!session) return null;
  const home = homePath(session);
  if (home !== '/') return <Navigate to={home} replace />;
  return (
    <StandaloneLayout account={<AccountBar />}>
      <PageHeader title={t('root.title')} />
      <EmptyState title={t('root.noMembership.title')}>
        <p>{t('root.noMembership.body')}</p>
      </EmptyState>
    </StandaloneLayout>
  );
}
