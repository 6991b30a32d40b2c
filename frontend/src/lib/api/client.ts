import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '@/i18n';
import { clearToken, getToken } from '../auth/token-storage';
import { ApiError } from './api-error';
import type { paths } from './schema';
import type { Problem } from './types';

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    // Titles and field messages of problems come back in the UI's language, whatever the browser's is.
    if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', i18n.language);
    return request;
  },
  onResponse({ request, response }) {
    // The server no longer accepts the session's token (it expired, or the keys were replaced): the session ends,
    // and every page sends the user to the login with a word why, instead of showing "could not load".
    const token = getToken();
    if (response.status === 401 && token !== null && request.headers.get('Authorization') === `Bearer ${token}`) {
      clearToken('expired');
    }
    return response;
  },
};

/** Typed client for the Pejling API (types generated from openapi.yaml). Same origin: no third parties. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Resolve fetch on every call so that test doubles installed later are used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(sessionMiddleware);

/** Returns the data of a successful openapi-fetch result, or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return result.data;
}
