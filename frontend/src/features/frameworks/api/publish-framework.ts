import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapFramework, useStoreFramework } from './keys';

export async function publishFramework(id: string) {
  return unwrapFramework(await api.POST('/api/frameworks/{id}/publish', { params: { path: { id } } }));
}

/** Publishes a draft; from then on it is frozen. */
export function usePublishFramework(id: string) {
  const store = useStoreFramework();
  return useMutation({ mutationFn: () => publishFramework(id), onSuccess: store });
}
