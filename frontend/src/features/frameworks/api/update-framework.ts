import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { unwrapFramework, useStoreFramework } from './keys';

export type FrameworkDetails = components['schemas']['FrameworkDetails'];

export async function updateFramework(id: string, body: FrameworkDetails) {
  return unwrapFramework(await api.PUT('/api/frameworks/{id}', { params: { path: { id } }, body }));
}

/** Renames a draft or changes its description. */
export function useUpdateFramework(id: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: (body: FrameworkDetails) => updateFramework(id, body), onSuccess: store });
}
