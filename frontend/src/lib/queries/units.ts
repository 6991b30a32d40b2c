import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { queryKeys } from './keys';

export type UnitSummary = components['schemas']['UnitSummary'];

export async function listUnits(): Promise<UnitSummary[]> {
  return unwrap(await api.GET('/api/org/units'));
}

export const unitsQueryOptions = () => queryOptions({ queryKey: queryKeys.organisation.units(), queryFn: listUnits });

/** The organisation's units, parents before children (the organisation page; leaders are added to a round by unit). */
export function useUnits() {
  return useQuery(unitsQueryOptions());
}
