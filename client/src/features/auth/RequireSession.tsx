import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signInUrl } from '../../app/paths';
import { StandaloneLayout } from '../../app/shell/StandaloneLayout';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { authQueries } from './queries';

/** Every page below needs someone signed in; without a session the user is sent to sign in and brought back. */
export function RequireSession() {
  const session = useQuery(authQueries.session());
  const { pathname, search, hash } = useLocation();

  if (session.data === null) return <Navigate to={signInUrl(`${pathname}${search}${hash}`)} replace />;
  if (session.data) return <Outlet />;
  if (session.isError) {
    // Not "signed out" but "could not ask": sending the user to sign in would be misleading.
    return (
      <StandaloneLayout>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </StandaloneLayout>
    );
  }
  return (
    <div className="session-loading">
      <Loading />
    </div>
  );
}
