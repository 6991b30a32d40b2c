import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import { reportKeys } from './keys';

export async function getReport(roundId: string, leaderId: string) {
  return unwrap(await api.GET('/api/rounds/{id}/reports/{leaderId}', { params: { path: { id: roundId, leaderId } } }));
}

/** A closed round's report does not change: it is fetched once per visit. 404 and 409 are answers, not hiccups. */
export const reportQueryOptions = (roundId: string, leaderId: string) =>
  queryOptions({
    queryKey: reportKeys.detail(roundId, leaderId),
    queryFn: () => getReport(roundId, leaderId),
    staleTime: 5 * 60 * 1000,
    retry: (count, error) => !isApiError(error) && count < 2,
  });

/** A leader's report for a closed round (R1–R8). */
export function useReport(roundId: string, leaderId: string) {
  return useQuery(reportQueryOptions(roundId, leaderId));
}
