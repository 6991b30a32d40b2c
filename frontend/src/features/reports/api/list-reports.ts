import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { reportKeys } from './keys';

export async function listReports() {
  return unwrap(await api.GET('/api/reports'));
}

export const reportsQueryOptions = () => queryOptions({ queryKey: reportKeys.list(), queryFn: listReports });

/** The reports the caller may read: their own, their leaders', and HR's per policy; open rounds included. */
export function useReports() {
  return useQuery(reportsQueryOptions());
}
