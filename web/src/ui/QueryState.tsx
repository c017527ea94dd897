import type { ReactNode } from 'react';
import { LoadError } from './LoadError.js';
import { Loading } from './Loading.js';

interface QueryLike<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
}

/** Renders a query's data once it is there; until then a loading message, or the error with "Try again". */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.data !== undefined) return children(query.data);
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Loading />;
}
