import { isApiError } from '../api/client';
import type { Translate } from '../i18n/translate';
import { useT } from '../i18n/useLocale';

export function describeError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.unknown');
  switch (error.kind) {
    case 'server':
      // The server already answered in the user's language.
      return error.message;
    case 'network':
      return t('error.network');
    case 'invalid_response':
      return t('error.invalidResponse');
  }
}

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  headingLevel?: 2 | 3;
}

export function ErrorState({ error, title, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="state state--error" role="alert">
      <Heading className="state__title">{title ?? t('error.title')}</Heading>
      <p className="state__body">{describeError(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </section>
  );
}
