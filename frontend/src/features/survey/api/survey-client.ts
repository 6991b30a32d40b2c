import createClient from 'openapi-fetch';
import i18n from '@/i18n';
import type { paths } from '@/lib/api/schema';

/**
 * The respondent's own client. Unlike the shared one it never adds a logged-in user's Authorization header: a
 * ballot must not travel with an identity (A6). The token goes in the X-Survey-Token header, never in a URL.
 */
export const surveyApi = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: (request) => globalThis.fetch(request),
});

export function surveyHeaders(token: string) {
  return { 'X-Survey-Token': token, 'Accept-Language': i18n.language };
}
