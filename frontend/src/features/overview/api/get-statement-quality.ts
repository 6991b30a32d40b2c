import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { StatementQualityReport } from '../types';
import { overviewKeys } from './keys';

export async function getStatementQuality(roundId: string): Promise<StatementQualityReport> {
  return unwrap(await api.GET('/api/rounds/{id}/overview/statements', { params: { path: { id: roundId } } }));
}

export const statementQualityQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: overviewKeys.statements(roundId),
    queryFn: () => getStatementQuality(roundId),
    staleTime: Infinity,
  });

/** Ved-ikke rate, spread, item-rest correlation and Cronbach's alpha across the round (O2). */
export function useStatementQuality(roundId: string) {
  return useQuery(statementQualityQueryOptions(roundId));
}
