import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { roundKeys, unwrapRound } from './keys';

export async function getRound(id: string) {
  return unwrapRound(await api.GET('/api/rounds/{id}', { params: { path: { id } } }));
}

/** An open round's mail status changes in the background, so it is refetched every half minute. */
export const roundQueryOptions = (id: string) =>
  queryOptions({
    queryKey: roundKeys.detail(id),
    queryFn: () => getRound(id),
    refetchInterval: (query) => (query.state.data?.status === 'OPEN' ? 30_000 : false),
  });

/** A round with its leaders, invitation counts and mail status. */
export function useRound(id: string) {
  return useQuery(roundQueryOptions(id));
}
