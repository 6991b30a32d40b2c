import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { frameworkKeys, unwrapFramework, useStoreFramework } from './keys';

export async function createVersion(id: string) {
  return unwrapFramework(await api.POST('/api/frameworks/{id}/versions', { params: { path: { id } } }));
}

/** Starts a new draft from a published version; the other versions now list it, so they are refetched. */
export function useCreateVersion(id: string) {
  const store = useStoreFramework();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createVersion(id),
    onSuccess: (draft) => {
      store(draft);
      void queryClient.invalidateQueries({ queryKey: frameworkKeys.detail(id) });
    },
  });
}
