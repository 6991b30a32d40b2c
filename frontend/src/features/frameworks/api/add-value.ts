import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ValueInput } from '../types';
import { unwrapFramework, useStoreFramework } from './keys';

export async function addValue(id: string, body: ValueInput) {
  return unwrapFramework(await api.POST('/api/frameworks/{id}/values', { params: { path: { id } }, body }));
}

export function useAddValue(id: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (body: ValueInput) => addValue(id, body), onSuccess: store });
}
