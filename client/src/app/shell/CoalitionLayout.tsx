import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { isServerError } from '../../api/client';
import { DocumentTitleContext } from '../../components/documentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { AccountBar } from '../../features/auth/AccountBar';
import { membershipOf, sortedMemberships, useSession } from '../../features/auth/session';
import { coalitionQueries } from '../../features/coalitions/queries';
import { useCoalitionSlug } from '../../features/coalitions/useCoalitionSlug';
import { useT } from '../../i18n/useLocale';
import { NoAccessPage } from '../NoAccessPage';
import { coalitionUrl } from '../paths';
import type { CoalitionChoice } from './CoalitionSwitcher';
import { MainNav } from './MainNav';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

const NAV_ID = 'site-nav';

/** The shell around every page of one coalition. */
export function CoalitionLayout() {
  const t = useT();
  const slug = useCoalitionSlug();
  const summary = useQuery(coalitionQueries.summary(slug));
  const session = useSession();
  // Only coalitions the user belongs to: the server refuses every other one, platform administrators included.
  const choices: readonly CoalitionChoice[] = session
    ? sortedMemberships(session).map((membership) => membership.coalition)
    : [];
  const role = membershipOf(session, slug)?.role ?? null;
  const forbidden = isServerError(summary.error, 403);
  const { pathname } = useLocation();
  // The menu remembers the page it was opened on, so following a link closes it in the same render.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    // A screen-reader or keyboard user would otherwise stay on the link they just followed and not
    // notice that the page changed; landing on the new h1 announces it.
    const main = mainRef.current;
    if (!main) return;
    (main.querySelector<HTMLElement>('h1') ?? main).focus();
  }, [pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpenOn(null);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  const name = summary.data?.name;

  const menuButton = (
    <button
      ref={menuButtonRef}
      type="button"
      className="menu-button"
      aria-expanded={menuOpen}
      aria-controls={NAV_ID}
      onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
    >
      <span className="menu-button__icon" aria-hidden="true" />
      {t('nav.menu')}
    </button>
  );

  return (
    <DocumentTitleContext value={name ? [name] : []}>
      <div className="shell">
        <ScrollRestoration />
        <SkipLink />
        <SiteHeader
          homeHref={coalitionUrl(slug)}
          coalitionName={
            name ? (
              <span lang="nl">{name}</span>
            ) : summary.isPending ? (
              <span className="site-header__placeholder">{t('app.coalitionLoading')}</span>
            ) : null
          }
          menuButton={menuButton}
          account={<AccountBar slug={slug} />}
        />
        <div className="shell__body">
          <MainNav id={NAV_ID} slug={slug} open={menuOpen} coalitions={choices} role={role} showPages={!forbidden} />
          <main id="main" ref={mainRef} className="shell__main" tabIndex={-1}>
            {forbidden ? (
              <NoAccessPage scope="coalition" />
            ) : summary.isError && summary.data === undefined ? (
              <>
                <PageHeader title={t('root.coalitionError')} />
                <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
                <p>
                  <Link to="/">{t('notFound.home')}</Link>
                </p>
              </>
            ) : (
              <Outlet />
            )}
          </main>
        </div>
        <SiteFooter />
      </div>
    </DocumentTitleContext>
  );
}
