import type { ReactNode } from 'react';
import { StandaloneLayout } from '../../app/shell/StandaloneLayout';
import { PageHeader } from '../../components/PageHeader';

/** The narrow single-column frame of the pages people use before they are signed in. */
export function AuthFrame({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <StandaloneLayout>
      <div className="auth-page">
        <PageHeader title={title} description={description} />
        {children}
      </div>
    </StandaloneLayout>
  );
}
