import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import { lusKeys } from './keys';

export async function getReport(roundId: string, leaderId: string) {
  return unwrap(await api.GET('/api/rounds/{id}/reports/{leaderId}', { params: { path: { id: roundId, leaderId } } }));
}

export const reportQueryOptions = (roundId: string, leaderId: string) =>
  queryOptions({
    queryKey: lusKeys.report(roundId, leaderId),
    queryFn: () => getReport(roundId, leaderId),
    staleTime: 5 * 60 * 1000,
    retry: (count, error) => !isApiError(error) && count < 2,
  });

/** The report, for the values and statements a goal may be tied to. */
export function useReport(roundId: string, leaderId: string, enabled = true) {
  return useQuery({ ...reportQueryOptions(roundId, leaderId), enabled });
}
