import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Overview } from '../types';
import { overviewKeys } from './keys';

export async function getOverview(roundId: string): Promise<Overview> {
  return unwrap(await api.GET('/api/rounds/{id}/overview', { params: { path: { id: roundId } } }));
}

/** A closed round's figures no longer change, so they are kept for the session. */
export const overviewQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: overviewKeys.heatmap(roundId),
    queryFn: () => getOverview(roundId),
    staleTime: Infinity,
  });

/** Units × values heatmap masked per A1/A7, response rates per unit, top and bottom statements (O1). */
export function useOverview(roundId: string) {
  return useQuery(overviewQueryOptions(roundId));
}
