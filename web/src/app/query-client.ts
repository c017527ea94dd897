import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/http.js';
import { forgetSession } from '../features/auth/queries.js';

const MAX_RETRIES = 2;

/** Worth retrying: the network or the server failed, not the request itself. */
function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** The session ended elsewhere (expired, signed out everywhere): show the person as signed out. */
function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code !== 'invalid_credentials';
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => isTransient(error) && failures < MAX_RETRIES,
      },
    },
  });

  function handleError(error: unknown) {
    if (isSessionLost(error)) forgetSession(queryClient);
  }

  return queryClient;
}
