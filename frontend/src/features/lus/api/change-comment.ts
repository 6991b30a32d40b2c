import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { DevelopmentPlan } from '../types';
import { lusKeys } from './keys';

export async function editComment(roundId: string, leaderId: string, commentId: string, text: string) {
  return unwrap(
    await api.PUT('/api/rounds/{id}/reports/{leaderId}/plan/comments/{commentId}', {
      params: { path: { id: roundId, leaderId, commentId } },
      body: { text },
    }),
  );
}

export async function deleteComment(roundId: string, leaderId: string, commentId: string) {
  return unwrap(
    await api.DELETE('/api/rounds/{id}/reports/{leaderId}/plan/comments/{commentId}', {
      params: { path: { id: roundId, leaderId, commentId } },
    }),
  );
}

type Change = { commentId: string; text: string } | { commentId: string; remove: true };

/** The author edits or deletes their own comment while the server allows it; the answer is the whole plan. */
export function useChangeComment(roundId: string, leaderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) =>
      'remove' in change ? deleteComment(roundId, leaderId, change.commentId) : editComment(roundId, leaderId, change.commentId, change.text),
    onSuccess: (plan) => {
      // Only the comments: the editor keeps working from the version it loaded.
      queryClient.setQueryData(lusKeys.plan(roundId, leaderId), (old: DevelopmentPlan | undefined) =>
        old ? { ...old, comments: plan.comments } : plan,
      );
    },
  });
}
