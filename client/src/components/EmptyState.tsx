import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** Heading level that fits the surrounding outline; a page-level state sits under the h1. */
  headingLevel?: 2 | 3;
}

export function EmptyState({ title, children, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="state state--empty">
      <Heading className="state__title">{title}</Heading>
      {children ? <div className="state__body">{children}</div> : null}
    </section>
  );
}
