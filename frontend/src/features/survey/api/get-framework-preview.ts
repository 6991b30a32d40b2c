import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function getFrameworkVersion(id: string) {
  return unwrap(await api.GET('/api/frameworks/{id}', { params: { path: { id } } }));
}

/** A framework version, to preview the survey it makes (HR, and readers of published versions). */
export function useFrameworkPreview(id: string) {
  return useQuery({ queryKey: ['survey', 'preview', id], queryFn: () => getFrameworkVersion(id) });
}
