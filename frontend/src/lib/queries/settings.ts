import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { PublicSettings } from '../api/types';
import { queryKeys } from './keys';

export async function getSettings(): Promise<PublicSettings> {
  return unwrap(await api.GET('/api/settings'));
}

export const settingsQueryOptions = () => queryOptions({ queryKey: queryKeys.settings, queryFn: getSettings, staleTime: Infinity });

/** Public, server-configured settings: the accessibility statement's address and the privacy contact. */
export function useSettings() {
  return useQuery(settingsQueryOptions());
}
