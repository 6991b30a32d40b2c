import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PlanInput } from '../types';
import { lusKeys } from './keys';

export async function savePlan(roundId: string, leaderId: string, body: PlanInput) {
  return unwrap(
    await api.PUT('/api/rounds/{id}/reports/{leaderId}/plan', { params: { path: { id: roundId, leaderId } }, body }),
  );
}

/** The leader saves the whole plan from the version they started from; a newer one answers 409 stale-version. */
export function useSavePlan(roundId: string, leaderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanInput) => savePlan(roundId, leaderId, body),
    onSuccess: (plan) => {
      queryClient.setQueryData(lusKeys.plan(roundId, leaderId), plan);
      void queryClient.invalidateQueries({ queryKey: lusKeys.reportList() });
    },
  });
}
