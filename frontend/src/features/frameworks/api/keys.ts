import { useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/queries/keys';
import type { Framework } from '../types';

/** The list is shared (rounds read the published versions from it); a version's details are this feature's. */
export const frameworkKeys = {
  all: queryKeys.frameworks.all,
  list: queryKeys.frameworks.list,
  detail: (id: string) => [...queryKeys.frameworks.all, 'detail', id] as const,
};

/**
 * The data of a write: every write answers with the whole tree. Creating answers 201, which openapi.yaml
 * declares without a body, so the type is asserted here.
 */
export function unwrapFramework(result: { data?: unknown; error?: unknown; response: Response }): Framework {
  return unwrap(result) as Framework;
}

/** After a write: the returned tree replaces the cached version, and the list is refetched. */
export function useStoreFramework() {
  const queryClient = useQueryClient();
  return (framework: Framework) => {
    queryClient.setQueryData(frameworkKeys.detail(framework.id), framework);
    void queryClient.invalidateQueries({ queryKey: frameworkKeys.list() });
  };
}
