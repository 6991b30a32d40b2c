import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RoundSummary } from '../types';
import { roundKeys } from './keys';

export async function listRounds(): Promise<RoundSummary[]> {
  return unwrap(await api.GET('/api/rounds'));
}

export const roundsQueryOptions = () => queryOptions({ queryKey: roundKeys.list(), queryFn: listRounds });

/** The organisation's rounds, newest first. */
export function useRounds() {
  return useQuery(roundsQueryOptions());
}
