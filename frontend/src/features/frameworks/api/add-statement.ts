import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { StatementInput } from '../types';
import { unwrapFramework, useStoreFramework } from './keys';

export async function addStatement(id: string, valueId: string, body: StatementInput) {
  return unwrapFramework(
    await api.POST('/api/frameworks/{id}/values/{valueId}/statements', { params: { path: { id, valueId } }, body }),
  );
}

export function useAddStatement(id: string, valueId: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (body: StatementInput) => addStatement(id, valueId, body), onSuccess: store });
}
