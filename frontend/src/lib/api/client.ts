import createClient, { type Middleware } from 'openapi-fetch';
import { getToken } from '../auth/token-storage';
import { ApiError } from './api-error';
import type { paths } from './schema';
import type { Problem } from './types';

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

/** Typed client for the Pejling API (types generated from openapi.yaml). Same origin: no third parties (S14). */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Resolve fetch on every call so that test doubles installed later are used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

/** Returns the data of a successful openapi-fetch result, or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return result.data;
}
