import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import type { Problem } from '@/lib/api/types';

const key = ['rounds', 'confirmations'] as const;

export async function myRespondentLists() {
  return unwrap(await api.GET('/api/rounds/confirmations'));
}

/** The caller's own respondent lists that draft rounds ask them to confirm. */
export function useMyRespondentLists() {
  return useQuery({ queryKey: key, queryFn: myRespondentLists });
}

export async function confirmList(roundId: string, leaderId: string) {
  const { error, response } = await api.POST('/api/rounds/{id}/evaluees/{leaderId}/confirm', {
    params: { path: { id: roundId, leaderId } },
  });
  if (error !== undefined || !response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

/** The leader confirms the own list. */
export function useConfirmList(leaderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string) => confirmList(roundId, leaderId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
