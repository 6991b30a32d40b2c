import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { lusKeys } from './keys';

export async function getPlan(roundId: string, leaderId: string) {
  return unwrap(await api.GET('/api/rounds/{id}/reports/{leaderId}/plan', { params: { path: { id: roundId, leaderId } } }));
}

/** Not refetched on focus: the editor works from the version it loaded and reloads only when asked. */
export const planQueryOptions = (roundId: string, leaderId: string) =>
  queryOptions({
    queryKey: lusKeys.plan(roundId, leaderId),
    queryFn: () => getPlan(roundId, leaderId),
    refetchOnWindowFocus: false,
  });

/** A leader's development plan for a round (L3); version 0 when nothing is written yet. */
export function usePlan(roundId: string, leaderId: string) {
  return useQuery(planQueryOptions(roundId, leaderId));
}
