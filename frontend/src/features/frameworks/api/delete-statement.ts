import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapFramework, useStoreFramework } from './keys';

export async function deleteStatement(id: string, valueId: string, statementId: string) {
  return unwrapFramework(
    await api.DELETE('/api/frameworks/{id}/values/{valueId}/statements/{statementId}', {
      params: { path: { id, valueId, statementId } },
    }),
  );
}

export function useDeleteStatement(id: string, valueId: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (statementId: string) => deleteStatement(id, valueId, statementId), onSuccess: store });
}
