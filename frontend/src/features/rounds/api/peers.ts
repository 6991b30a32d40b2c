import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapRound, useStoreRound } from './keys';

export interface SetPeersInput {
  leaderId: string;
  personIds: string[];
}

export async function setPeers(id: string, { leaderId, personIds }: SetPeersInput) {
  return unwrapRound(
    await api.PUT('/api/rounds/{id}/evaluees/{leaderId}/peers', { params: { path: { id, leaderId } }, body: { personIds } }),
  );
}

export async function approvePeers(id: string, leaderId: string) {
  return unwrapRound(await api.POST('/api/rounds/{id}/evaluees/{leaderId}/peers/approval', { params: { path: { id, leaderId } } }));
}

export async function addDefaultPeers(id: string) {
  return unwrapRound(await api.POST('/api/rounds/{id}/peer-defaults', { params: { path: { id } } }));
}

/** Replaces the leader colleagues who will be asked about a leader (all approved). */
export function useSetPeers(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: (input: SetPeersInput) => setPeers(id, input), onSuccess: store });
}

/** Approves the colleagues a leader proposed. */
export function useApprovePeers(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: (leaderId: string) => approvePeers(id, leaderId), onSuccess: store });
}

/** Gives every leader without colleagues the other leaders with the same manager. */
export function useAddDefaultPeers(id: string) {
  const store = useStoreRound();
  return useMutation({ mutationFn: () => addDefaultPeers(id), onSuccess: store });
}
