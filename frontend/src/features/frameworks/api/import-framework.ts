import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { FrameworkExport } from '../types';
import { unwrapFramework, useStoreFramework } from './keys';

export async function importFramework(file: FrameworkExport) {
  return unwrapFramework(await api.POST('/api/frameworks/import', { body: file }));
}

/** Creates a draft from an exported file. */
export function useImportFramework() {
  const store = useStoreFramework();
  return useMutation({ mutationFn: importFramework, onSuccess: store });
}
