import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ValueInput } from '../types';
import { unwrapFramework, useStoreFramework } from './keys';

export async function updateValue(id: string, valueId: string, body: ValueInput) {
  return unwrapFramework(
    await api.PUT('/api/frameworks/{id}/values/{valueId}', { params: { path: { id, valueId } }, body }),
  );
}

export function useUpdateValue(id: string, valueId: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (body: ValueInput) => updateValue(id, valueId, body), onSuccess: store });
}
