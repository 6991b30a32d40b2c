import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function getMeetingTrend() {
  return unwrap(await api.GET('/api/meetings/trend'));
}

export const meetingTrendQueryOptions = () => queryOptions({ queryKey: meetingKeys.trend(), queryFn: getMeetingTrend });

/** Each value's shown results across the leader's meetings. */
export function useMeetingTrend(enabled: boolean) {
  return useQuery({ ...meetingTrendQueryOptions(), enabled });
}
