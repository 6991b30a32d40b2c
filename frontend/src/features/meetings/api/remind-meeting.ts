import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function remindMeeting(id: string) {
  return unwrap(await api.POST('/api/meetings/{id}/reminder', { params: { path: { id } } }));
}

/** The one reminder; a refusal (already sent, closed meanwhile) reloads the evaluation so the page shows why. */
export function useRemindMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindMeeting(id),
    onSuccess: (meeting) => queryClient.setQueryData(meetingKeys.one(id), meeting),
    onError: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.one(id) }),
  });
}
