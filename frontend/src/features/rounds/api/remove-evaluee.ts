import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapRound, useStoreRound } from './keys';

export async function removeEvaluee(id: string, leaderId: string) {
  return unwrapRound(await api.DELETE('/api/rounds/{id}/evaluees/{leaderId}', { params: { path: { id, leaderId } } }));
}

/** Takes a leader, with their respondent list, out of a draft round. */
export function useRemoveEvaluee(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: (leaderId: string) => removeEvaluee(id, leaderId), onSuccess: store });
}
