import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RoundSummary } from '../types';
import { overviewKeys } from './keys';

export async function listRounds(): Promise<RoundSummary[]> {
  return unwrap(await api.GET('/api/rounds'));
}

export const roundsQueryOptions = () => queryOptions({ queryKey: overviewKeys.rounds(), queryFn: listRounds });

/** The organisation's rounds, newest first: the overview can be opened for the closed ones. */
export function useRounds() {
  return useQuery(roundsQueryOptions());
}
