import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { RoundInput } from '../types';
import { unwrapRound, useStoreRound } from './keys';

export async function updateRound(id: string, body: RoundInput) {
  return unwrapRound(await api.PUT('/api/rounds/{id}', { params: { path: { id } }, body }));
}

/** Changes a draft round's settings (the whole set is sent each time). */
export function useUpdateRound(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: (body: RoundInput) => updateRound(id, body), onSuccess: store });
}
