import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { roundKeys } from './keys';

/** The number of reminders queued; the API never says who they went to. */
export async function sendReminders(id: string): Promise<number> {
  const result = unwrap(await api.POST('/api/rounds/{id}/reminders', { params: { path: { id } } }));
  return result.queued ?? 0;
}

/** Reminds everyone who has not answered yet; the mail status changes, so the round is refetched. */
export function useSendReminders(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendReminders(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roundKeys.detail(id) }),
  });
}
