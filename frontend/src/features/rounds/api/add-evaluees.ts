import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { unwrapRound, useStoreRound } from './keys';

export type AddEvalueesInput = components['schemas']['AddEvaluees'];

export async function addEvaluees(id: string, body: AddEvalueesInput) {
  return unwrapRound(await api.POST('/api/rounds/{id}/evaluees', { params: { path: { id } }, body }));
}

/** Adds leaders by unit (every leader in the unit and its sub-units); their employees come along. */
export function useAddEvaluees(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: (body: AddEvalueesInput) => addEvaluees(id, body), onSuccess: store });
}
