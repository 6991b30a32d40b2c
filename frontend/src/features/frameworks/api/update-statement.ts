import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { StatementInput } from '../types';
import { unwrapFramework, useStoreFramework } from './keys';

export async function updateStatement(id: string, valueId: string, statementId: string, body: StatementInput) {
  return unwrapFramework(
    await api.PUT('/api/frameworks/{id}/values/{valueId}/statements/{statementId}', {
      params: { path: { id, valueId, statementId } },
      body,
    }),
  );
}

export function useUpdateStatement(id: string, valueId: string, statementId: string) {
  const store = useStoreFramework();
  return useMutation({
    mutationFn: (body: StatementInput) => updateStatement(id, valueId, statementId, body),
    onSuccess: store,
  });
}
