import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/api-error';

/** Retries after the first failure, for failures that may pass: the network, or the server (5xx). */
const MAX_RETRIES = 2;

/**
 * Whether a failed query is tried again. A 4xx is the server's answer (not found, not open yet, not allowed, the
 * session ended) and will not change on a retry, so the page says so at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** The one query configuration of the SPA. Pages that need other timing (polling, cached for good) say so in their query. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
