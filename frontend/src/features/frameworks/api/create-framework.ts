import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { unwrapFramework, useStoreFramework } from './keys';

export type CreateFrameworkInput = components['schemas']['CreateFramework'];

export const KODEKS_TEMPLATE = 'kodeks-for-god-ledelse';

export async function createFramework(body: CreateFrameworkInput) {
  return unwrapFramework(await api.POST('/api/frameworks', { body }));
}

/** Creates a draft, from a template or empty. */
export function useCreateFramework() {
  const store = useStoreFramework();
  return useMutation({ mutationFn: createFramework, onSuccess: store });
}
