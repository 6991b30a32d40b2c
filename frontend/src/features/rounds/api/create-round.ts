import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { RoundInput } from '../types';
import { unwrapRound, useStoreRound } from './keys';

export async function createRound(body: RoundInput) {
  return unwrapRound(await api.POST('/api/rounds', { body }));
}

/** Creates a draft round on a published framework version. */
export function useCreateRound() {
  const store = useStoreRound();
  return useMutation({ mutationFn: createRound, onSuccess: store });
}
