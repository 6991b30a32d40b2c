import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MeetingInput } from '../types';
import { meetingKeys } from './keys';

export async function createMeeting(body: MeetingInput) {
  return unwrap(await api.POST('/api/meetings', { body }));
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.one(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.list() });
    },
  });
}
