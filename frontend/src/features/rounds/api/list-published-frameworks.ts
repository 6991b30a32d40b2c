import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FrameworkSummary } from '../types';
import { roundKeys } from './keys';

/** The framework versions a round can use: published ones only. */
export async function listPublishedFrameworks(): Promise<FrameworkSummary[]> {
  const all = unwrap(await api.GET('/api/frameworks'));
  return all.filter((framework) => framework.status === 'PUBLISHED');
}

export const publishedFrameworksQueryOptions = () =>
  queryOptions({ queryKey: roundKeys.frameworks(), queryFn: listPublishedFrameworks });

export function usePublishedFrameworks() {
  return useQuery(publishedFrameworksQueryOptions());
}
