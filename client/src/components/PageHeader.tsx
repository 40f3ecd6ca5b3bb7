import type { ReactNode } from 'react';
import { useDocumentTitle } from './documentTitle';

interface PageHeaderProps {
  title: string;
  /** A short line above the title that places the page, e.g. "Register · onderdeel 3". */
  eyebrow?: string;
  description?: ReactNode;
  children?: ReactNode;
}

/** Every page starts here: its h1 is where focus lands after navigation, and it names the tab. */
export function PageHeader({ title, eyebrow, description, children }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    // A div, not <header>: inside <main> a header has no landmark role, and tools disagree about that.
    <div className="page-header">
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1 className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {description ? <p className="page-header__description">{description}</p> : null}
      {children}
    </div>
  );
}
