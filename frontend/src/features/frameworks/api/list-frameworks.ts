import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FrameworkSummary } from '../types';
import { frameworkKeys } from './keys';

export async function listFrameworks(): Promise<FrameworkSummary[]> {
  return unwrap(await api.GET('/api/frameworks'));
}

export const frameworksQueryOptions = () => queryOptions({ queryKey: frameworkKeys.list(), queryFn: listFrameworks });

/** All versions of the organisation's frameworks (drafts only for HR and admins). */
export function useFrameworks() {
  return useQuery(frameworksQueryOptions());
}
