import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/api-error';
import type { Problem } from '@/lib/api/types';
import { roundKeys } from './keys';

export async function deleteRound(id: string): Promise<void> {
  const { error, response } = await api.DELETE('/api/rounds/{id}', { params: { path: { id } } });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

/** Deletes a draft round. */
export function useDeleteRound(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteRound(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: roundKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: roundKeys.list() });
    },
  });
}
