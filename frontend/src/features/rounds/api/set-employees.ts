import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapRound, useStoreRound } from './keys';

export interface SetEmployeesInput {
  leaderId: string;
  personIds: string[];
}

export async function setEmployees(id: string, { leaderId, personIds }: SetEmployeesInput) {
  return unwrapRound(
    await api.PUT('/api/rounds/{id}/evaluees/{leaderId}/employees', { params: { path: { id, leaderId } }, body: { personIds } }),
  );
}

/** Replaces the employees who will be asked about a leader. */
export function useSetEmployees(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: (input: SetEmployeesInput) => setEmployees(id, input), onSuccess: store });
}
