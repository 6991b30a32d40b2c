import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { roundKeys, unwrapRound } from './keys';

export async function getRound(id: string) {
  return unwrapRound(await api.GET('/api/rounds/{id}', { params: { path: { id } } }));
}

/**
 * An open round's mail status changes in the background, so it is refetched every half minute, and every five
 * seconds while invitations are still waiting to go out (the launch notice stays until they have).
 */
export const roundQueryOptions = (id: string) =>
  queryOptions({
    queryKey: roundKeys.detail(id),
    queryFn: () => getRound(id),
    refetchInterval: (query) => {
      const round = query.state.data;
      if (round?.status !== 'OPEN') return false;
      return (round.mail.pending ?? 0) > 0 ? 5_000 : 30_000;
    },
  });

/** A round with its leaders, invitation counts and mail status. */
export function useRound(id: string) {
  return useQuery(roundQueryOptions(id));
}
