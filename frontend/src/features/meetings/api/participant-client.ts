import createClient from 'openapi-fetch';
import i18n from '@/i18n';
import type { paths } from '@/lib/api/schema';

/**
 * The participant's own client: it never adds a logged-in user's Authorization header, so an answer never travels
 * with an identity. The link's token goes in the X-Meeting-Token header, never in a URL.
 */
export const participantApi = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: (request) => globalThis.fetch(request),
});

export function participantHeaders(token: string) {
  return { 'X-Meeting-Token': token, 'Accept-Language': i18n.language };
}
