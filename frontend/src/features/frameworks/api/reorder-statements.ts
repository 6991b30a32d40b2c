import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapFramework, useStoreFramework } from './keys';

export async function reorderStatements(id: string, valueId: string, ids: string[]) {
  return unwrapFramework(
    await api.PUT('/api/frameworks/{id}/values/{valueId}/statements/order', {
      params: { path: { id, valueId } },
      body: { ids },
    }),
  );
}

export function useReorderStatements(id: string, valueId: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (ids: string[]) => reorderStatements(id, valueId, ids), onSuccess: store });
}
