import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** The frame for pages outside any coalition: start, not found, a crash of the whole app. */
export function StandaloneLayout({ children }: { children: ReactNode }) {
  return (
    <div className="shell shell--standalone">
      <SkipLink />
      <SiteHeader homeHref="/" />
      <div className="shell__body">
        <main id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter />
    </div>
  );
}
