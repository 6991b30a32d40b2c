import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UnitSummary } from '../types';
import { roundKeys } from './keys';

export async function listUnits(): Promise<UnitSummary[]> {
  return unwrap(await api.GET('/api/org/units'));
}

export const unitsQueryOptions = () => queryOptions({ queryKey: roundKeys.units(), queryFn: listUnits });

/** The organisation's units, parents before children: leaders are added to a round by unit. */
export function useUnits() {
  return useQuery(unitsQueryOptions());
}
