import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function getMeetingOverview() {
  return unwrap(await api.GET('/api/meetings/overview'));
}

export const meetingOverviewQueryOptions = () =>
  queryOptions({ queryKey: meetingKeys.overview(), queryFn: getMeetingOverview });

/** HR: meeting evaluations per value, counts and means of shown results only. */
export function useMeetingOverview(enabled: boolean) {
  return useQuery({ ...meetingOverviewQueryOptions(), enabled });
}
