import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { lusKeys } from './keys';

export async function commentPlan(roundId: string, leaderId: string, text: string) {
  return unwrap(
    await api.POST('/api/rounds/{id}/reports/{leaderId}/plan/comments', {
      params: { path: { id: roundId, leaderId } },
      body: { text },
    }),
  );
}

/** Adds a comment (the leader, the manager, HR per policy); the answer is the whole plan. */
export function useCommentPlan(roundId: string, leaderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => commentPlan(roundId, leaderId, text),
    onSuccess: (plan) => {
      // Only the comments: the editor keeps working from the version it loaded.
      queryClient.setQueryData(lusKeys.plan(roundId, leaderId), (old: typeof plan | undefined) =>
        old ? { ...old, comments: plan.comments } : plan,
      );
    },
  });
}
