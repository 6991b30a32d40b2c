import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapFramework, useStoreFramework } from './keys';

export async function reorderValues(id: string, ids: string[]) {
  return unwrapFramework(await api.PUT('/api/frameworks/{id}/values/order', { params: { path: { id } }, body: { ids } }));
}

export function useReorderValues(id: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (ids: string[]) => reorderValues(id, ids), onSuccess: store });
}
