import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import type { Problem } from '@/lib/api/types';

export async function peerCandidates(roundId: string, q: string) {
  return unwrap(await api.GET('/api/rounds/{id}/my-peers/candidates', { params: { path: { id: roundId }, query: { q } } }));
}

/** Leaders the caller may propose as colleagues in a draft round (name and unit only); from 2 characters. */
export function usePeerCandidates(roundId: string, q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['rounds', roundId, 'peer-candidates', query],
    queryFn: () => peerCandidates(roundId, query),
    enabled: query.length >= 2,
    staleTime: 30_000,
  });
}

export async function proposePeers(roundId: string, personIds: string[]) {
  const { error, response } = await api.PUT('/api/rounds/{id}/my-peers', { params: { path: { id: roundId } }, body: { personIds } });
  if (error !== undefined || !response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

/** The leader's proposals (replacing the earlier ones); HR approves them. */
export function useProposePeers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roundId, personIds }: { roundId: string; personIds: string[] }) => proposePeers(roundId, personIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rounds', 'confirmations'] }),
  });
}
