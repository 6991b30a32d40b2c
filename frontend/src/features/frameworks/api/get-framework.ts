import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Framework } from '../types';
import { frameworkKeys } from './keys';

export async function getFramework(id: string): Promise<Framework> {
  return unwrap(await api.GET('/api/frameworks/{id}', { params: { path: { id } } }));
}

export const frameworkQueryOptions = (id: string) =>
  queryOptions({ queryKey: frameworkKeys.detail(id), queryFn: () => getFramework(id) });

/** One version with its values and statements. */
export function useFramework(id: string) {
  return useQuery(frameworkQueryOptions(id));
}
