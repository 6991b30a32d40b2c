import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PublicSettings } from '@/lib/api/types';

export async function getSettings(): Promise<PublicSettings> {
  return unwrap(await api.GET('/api/settings'));
}

export const settingsQueryOptions = () =>
  queryOptions({ queryKey: ['settings'], queryFn: getSettings, staleTime: Infinity });

/** Public, server-configured settings: accessibility statement URL and privacy contact. */
export function useSettings() {
  return useQuery(settingsQueryOptions());
}
