import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapFramework, useStoreFramework } from './keys';

export async function deleteValue(id: string, valueId: string) {
  return unwrapFramework(await api.DELETE('/api/frameworks/{id}/values/{valueId}', { params: { path: { id, valueId } } }));
}

export function useDeleteValue(id: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (valueId: string) => deleteValue(id, valueId), onSuccess: store });
}
