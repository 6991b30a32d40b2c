import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { LaunchSummary } from '../types';
import { roundKeys, useStoreRound } from './keys';

export async function launchRound(id: string): Promise<LaunchSummary> {
  return unwrap(await api.POST('/api/rounds/{id}/launch', { params: { path: { id } } }));
}

/** Freezes the round and queues the invitations. */
export function useLaunchRound(id: string) {
  const store = useStoreRound();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => launchRound(id),
    onSuccess: (summary) => {
      store(summary.round);
      void queryClient.invalidateQueries({ queryKey: roundKeys.progress(id) });
    },
  });
}
