import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { dialogueKeys } from './keys';

export async function listDialogues() {
  return unwrap(await api.GET('/api/team-dialogues'));
}

export const dialoguesQueryOptions = () => queryOptions({ queryKey: dialogueKeys.list(), queryFn: listDialogues });

/** The caller's leader teams, their months, and for a manager the values a month can take. */
export function useDialogues() {
  return useQuery(dialoguesQueryOptions());
}
