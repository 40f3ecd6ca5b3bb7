import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useLocale';
import { LanguageSwitch } from './LanguageSwitch';

interface SiteHeaderProps {
  homeHref: string;
  /** The coalition's own name, always as written (in Dutch). */
  coalitionName?: ReactNode;
  /** The phone menu button, only in the coalition shell. */
  menuButton?: ReactNode;
  /** Who is signed in, with their role and a sign-out button. */
  account?: ReactNode;
}

export function SiteHeader({ homeHref, coalitionName, menuButton, account }: SiteHeaderProps) {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__brand">
          <Link to={homeHref} className="site-header__product">
            <span className="site-header__logo" aria-hidden="true" />
            {t('app.name')}
          </Link>
          {coalitionName ? <p className="site-header__coalition">{coalitionName}</p> : null}
        </div>
        <div className="site-header__tools">
          {account}
          <LanguageSwitch />
          {menuButton}
        </div>
      </div>
    </header>
  );
}
