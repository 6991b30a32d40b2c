import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { roundKeys, unwrapRound, useStoreRound } from './keys';

export async function closeRound(id: string) {
  return unwrapRound(await api.POST('/api/rounds/{id}/close', { params: { path: { id } } }));
}

/** Closes an open round now; reports open. */
export function useCloseRound(id: string) {
  const store = useStoreRound();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => closeRound(id),
    onSuccess: (round) => {
      store(round);
      void queryClient.invalidateQueries({ queryKey: roundKeys.progress(id) });
    },
  });
}
