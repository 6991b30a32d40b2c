import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function listMeetings() {
  return unwrap(await api.GET('/api/meetings'));
}

export const meetingsQueryOptions = () => queryOptions({ queryKey: meetingKeys.list(), queryFn: listMeetings });

/** The caller's own meeting evaluations and those shared with them. */
export function useMeetings() {
  return useQuery(meetingsQueryOptions());
}
