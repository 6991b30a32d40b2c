import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** The privacy contact from the public settings; the same query (and cache entry) as the footer's. */
export const privacyContactQueryOptions = () =>
  queryOptions({ queryKey: ['settings'], queryFn: async () => unwrap(await api.GET('/api/settings')), staleTime: Infinity });

export function usePrivacyContact(): string | undefined {
  return useQuery(privacyContactQueryOptions()).data?.privacyContactEmail;
}
