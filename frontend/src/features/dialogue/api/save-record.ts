import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TeamDialogueRecord } from '../types';
import { dialogueKeys } from './keys';

export async function saveRecord(id: string, body: TeamDialogueRecord) {
  return unwrap(await api.PUT('/api/team-dialogues/{id}/record', { params: { path: { id } }, body }));
}

export function useSaveRecord(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TeamDialogueRecord) => saveRecord(id, body),
    onSuccess: (dialogue) => {
      queryClient.setQueryData(dialogueKeys.one(id), dialogue);
      void queryClient.invalidateQueries({ queryKey: dialogueKeys.list() });
    },
  });
}
