import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function closeMeeting(id: string) {
  return unwrap(await api.POST('/api/meetings/{id}/close', { params: { path: { id } } }));
}

/** Closing opens the result: the list, the trend and the evaluation change. */
export function useCloseMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeMeeting(id),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.one(id), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.list() });
      void queryClient.invalidateQueries({ queryKey: meetingKeys.trend() });
    },
  });
}
