import { useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/queries/keys';
import type { Round } from '../types';

/** The list is shared (the overview picks its rounds from it); a round's details and progress are this feature's. */
export const roundKeys = {
  all: queryKeys.rounds.all,
  list: queryKeys.rounds.list,
  detail: (id: string) => [...queryKeys.rounds.all, 'detail', id] as const,
  progress: (id: string) => [...queryKeys.rounds.all, 'progress', id] as const,
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
