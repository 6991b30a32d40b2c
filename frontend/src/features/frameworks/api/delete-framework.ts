import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/api-error';
import type { Problem } from '@/lib/api/types';
import { frameworkKeys } from './keys';

export async function deleteFramework(id: string): Promise<void> {
  const { error, response } = await api.DELETE('/api/frameworks/{id}', { params: { path: { id } } });
  if (error !== undefined || !response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

/** Deletes a draft (published versions cannot be deleted). */
export function useDeleteFramework(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteFramework(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: frameworkKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: frameworkKeys.all });
    },
  });
}
