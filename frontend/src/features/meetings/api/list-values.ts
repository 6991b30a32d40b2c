import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function listMeetingValues() {
  return unwrap(await api.GET('/api/meetings/values'));
}

export const meetingValuesQueryOptions = () =>
  queryOptions({ queryKey: meetingKeys.values(), queryFn: listMeetingValues, staleTime: 5 * 60 * 1000 });

/** The values of the organisation's published ledelsesgrundlag a meeting can be evaluated against. */
export function useMeetingValues() {
  return useQuery(meetingValuesQueryOptions());
}
