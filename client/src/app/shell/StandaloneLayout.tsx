import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

interface StandaloneLayoutProps {
  children: ReactNode;
  /** The signed-in person's name and sign-out, on pages that need a session. */
  account?: ReactNode;
}

/** The frame for pages outside any coalition: sign-in, platform administration, not found, a crash. */
export function StandaloneLayout({ children, account }: StandaloneLayoutProps) {
  return (
    <div className="shell shell--standalone">
      <SkipLink />
      <SiteHeader homeHref="/" account={account} />
      <div className="shell__body">
        <main id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter />
    </div>
  );
}
