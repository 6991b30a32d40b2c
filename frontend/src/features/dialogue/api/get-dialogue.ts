import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { dialogueKeys } from './keys';

export async function getDialogue(id: string) {
  return unwrap(await api.GET('/api/team-dialogues/{id}', { params: { path: { id } } }));
}

/** Not refetched on focus: the record form works from the version it loaded. */
export const dialogueQueryOptions = (id: string) =>
  queryOptions({ queryKey: dialogueKeys.one(id), queryFn: () => getDialogue(id), refetchOnWindowFocus: false });

export function useDialogue(id: string) {
  return useQuery(dialogueQueryOptions(id));
}
