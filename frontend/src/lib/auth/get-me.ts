import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/api-error';
import type { CurrentUser } from '../api/types';
import { clearToken, getToken } from './token-storage';

export const meQueryKey = ['me'] as const;

export async function getMe(): Promise<CurrentUser> {
  try {
    return unwrap(await api.GET('/api/me'));
  } catch (error) {
    if (isApiError(error, 401)) {
      clearToken();
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    enabled: getToken() !== null,
    staleTime: 5 * 60 * 1000,
    retry: (count, error) => !isApiError(error, 401) && count < 2,
  });

/** The logged-in user, loaded from GET /api/me; shared by the layout, the guard and the pages. */
export function useCurrentUser() {
  return useQuery(meQueryOptions());
}
