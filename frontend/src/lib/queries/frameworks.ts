import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { queryKeys } from './keys';

export type FrameworkSummary = components['schemas']['FrameworkSummary'];

export async function listFrameworks(): Promise<FrameworkSummary[]> {
  return unwrap(await api.GET('/api/frameworks'));
}

export const frameworksQueryOptions = () => queryOptions({ queryKey: queryKeys.frameworks.list(), queryFn: listFrameworks });

/** All versions of the organisation's frameworks (drafts only for HR and admins). */
export function useFrameworks() {
  return useQuery(frameworksQueryOptions());
}

const published = (frameworks: FrameworkSummary[]) => frameworks.filter((framework) => framework.status === 'PUBLISHED');

/** The versions a round can use: the published ones, from the same cached list. */
export function usePublishedFrameworks() {
  return useQuery({ ...frameworksQueryOptions(), select: published });
}
