import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CurrentUser } from '../api/types';
import { queryKeys } from '../queries/keys';
import { useToken } from './use-token';

export const meQueryKey = queryKeys.me;

export async function getMe(): Promise<CurrentUser> {
  return unwrap(await api.GET('/api/me'));
}

export const meQueryOptions = (token: string | null) =>
  queryOptions({ queryKey: meQueryKey, queryFn: getMe, enabled: token !== null, staleTime: 5 * 60 * 1000 });

/** The logged-in user, loaded from GET /api/me; shared by the layout, the guard and the pages. */
export function useCurrentUser() {
  return useQuery(meQueryOptions(useToken()));
}
