import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { lusKeys } from './keys';

export async function sharePlan(roundId: string, leaderId: string) {
  return unwrap(await api.POST('/api/rounds/{id}/reports/{leaderId}/plan/share', { params: { path: { id: roundId, leaderId } } }));
}

/** The leader shares the saved plan with the manager, who gets a mail with a link. */
export function useSharePlan(roundId: string, leaderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sharePlan(roundId, leaderId),
    onSuccess: (plan) => {
      queryClient.setQueryData(lusKeys.plan(roundId, leaderId), (old: typeof plan | undefined) =>
        old ? { ...old, sharedAt: plan.sharedAt } : plan,
      );
    },
  });
}
