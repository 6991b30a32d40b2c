import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TeamDialogueInput } from '../types';
import { dialogueKeys } from './keys';

export async function planDialogue(body: TeamDialogueInput) {
  return unwrap(await api.POST('/api/team-dialogues', { body }));
}

export function usePlanDialogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: planDialogue,
    onSuccess: (dialogue) => {
      queryClient.setQueryData(dialogueKeys.one(dialogue.id), dialogue);
      void queryClient.invalidateQueries({ queryKey: dialogueKeys.list() });
    },
  });
}
