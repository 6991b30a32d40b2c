import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function getMeeting(id: string) {
  return unwrap(await api.GET('/api/meetings/{id}', { params: { path: { id } } }));
}

/** While open, checked every 20 seconds: the leader sees when k have answered. */
export const meetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.one(id),
    queryFn: () => getMeeting(id),
    refetchInterval: (query) => (query.state.data?.open ? 20_000 : false),
  });

export function useMeeting(id: string) {
  return useQuery(meetingQueryOptions(id));
}
