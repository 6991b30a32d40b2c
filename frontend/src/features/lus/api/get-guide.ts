import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { lusKeys } from './keys';

export async function getGuide(roundId: string, leaderId: string) {
  return unwrap(await api.GET('/api/rounds/{id}/reports/{leaderId}/guide', { params: { path: { id: roundId, leaderId } } }));
}

export const guideQueryOptions = (roundId: string, leaderId: string) =>
  queryOptions({
    queryKey: lusKeys.guide(roundId, leaderId),
    queryFn: () => getGuide(roundId, leaderId),
    staleTime: 5 * 60 * 1000,
  });

/** The LUS conversation guide built from a report (L1, L2). */
export function useGuide(roundId: string, leaderId: string) {
  return useQuery(guideQueryOptions(roundId, leaderId));
}
