import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UnitSummary } from '../types';
import { orgKeys } from './keys';

export async function listUnits(): Promise<UnitSummary[]> {
  return unwrap(await api.GET('/api/org/units'));
}

export const unitsQueryOptions = () => queryOptions({ queryKey: orgKeys.units(), queryFn: listUnits });

/** The organisation's units, parents before children. */
export function useUnits() {
  return useQuery(unitsQueryOptions());
}
