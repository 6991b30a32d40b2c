import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';

export async function shareMeeting(id: string, emails: string[]) {
  return unwrap(await api.PUT('/api/meetings/{id}/shares', { params: { path: { id } }, body: { emails } }));
}

export function useShareMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (emails: string[]) => shareMeeting(id, emails),
    onSuccess: (meeting) => queryClient.setQueryData(meetingKeys.one(id), meeting),
  });
}
