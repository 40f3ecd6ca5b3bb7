import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  /** Decides when loaded data counts as "nothing there yet". */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
  /** Heading level for the loading-failed state, to fit under the section it replaces. */
  headingLevel?: 2 | 3;
}

/** The one place that decides how loading, failure, emptiness and data look on every data page. */
export function QueryResult<T>({ query, isEmpty, empty, children, headingLevel }: QueryResultProps<T>) {
  if (query.data !== undefined) {
    const content = isEmpty?.(query.data) ? empty : children(query.data);
    // Data from an earlier fetch stays useful when a refresh fails; say so without hiding it.
    return (
      <>
        {query.isError ? (
          <ErrorState error={query.error} headingLevel={headingLevel} onRetry={() => void query.refetch()} />
        ) : null}
        {content}
      </>
    );
  }
  if (query.isError)
    return <ErrorState error={query.error} headingLevel={headingLevel} onRetry={() => void query.refetch()} />;
  return <Loading />;
}
