import { useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import type { Round } from '../types';

export const roundKeys = {
  all: ['rounds'] as const,
  list: () => ['rounds', 'list'] as const,
  detail: (id: string) => ['rounds', 'detail', id] as const,
  progress: (id: string) => ['rounds', 'progress', id] as const,
  frameworks: () => ['rounds', 'published-frameworks'] as const,
  units: () => ['rounds', 'units'] as const,
};

/** Every write on a round answers with the whole round; 201 is declared without a body type, so it is asserted. */
export function unwrapRound(result: { data?: unknown; error?: unknown; response: Response }): Round {
  return unwrap(result) as Round;
}

/** After a write: the returned round replaces the cached one, and the list is refetched. */
export function useStoreRound() {
  const queryClient = useQueryClient();
  return (round: Round) => {
    queryClient.setQueryData(roundKeys.detail(round.id), round);
    void queryClient.invalidateQueries({ queryKey: roundKeys.list() });
  };
}
