import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Progress, RoundStatus } from '../types';
import { roundKeys } from './keys';

export async function getProgress(id: string): Promise<Progress> {
  return unwrap(await api.GET('/api/rounds/{id}/progress', { params: { path: { id } } }));
}

export const progressQueryOptions = (id: string, status: RoundStatus) =>
  queryOptions({
    queryKey: roundKeys.progress(id),
    queryFn: () => getProgress(id),
    refetchInterval: status === 'OPEN' ? 30_000 : false,
  });

/** Answers so far per unit and rater group (HR's view, A5). */
export function useProgress(id: string, status: RoundStatus) {
  return useQuery(progressQueryOptions(id, status));
}
