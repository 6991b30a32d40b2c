import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { queryKeys } from './keys';

export type RoundSummary = components['schemas']['RoundSummary'];

export async function listRounds(): Promise<RoundSummary[]> {
  return unwrap(await api.GET('/api/rounds'));
}

export const roundsQueryOptions = () => queryOptions({ queryKey: queryKeys.rounds.list(), queryFn: listRounds });

/** The organisation's rounds, newest first (HR's round list; the overview opens the closed ones). */
export function useRounds() {
  return useQuery(roundsQueryOptions());
}
