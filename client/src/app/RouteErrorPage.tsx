import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/useLocale';
import { NotFoundPage } from './NotFoundPage';
import { StandaloneLayout } from './shell/StandaloneLayout';

/** Shown in place of a page that threw while rendering or whose code could not be loaded. */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={t('routeError.title')} description={t('routeError.body')} />
      <p>
        {/* A failed chunk load after a new release is fixed by a fresh page, so offer exactly that. */}
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
      {import.meta.env.DEV && error instanceof Error ? <pre className="error-details">{error.stack}</pre> : null}
    </>
  );
}

/** The last resort when even the coalition shell failed. */
export function RootErrorPage() {
  return (
    <StandaloneLayout>
      <RouteErrorPage />
    </StandaloneLayout>
  );
}
