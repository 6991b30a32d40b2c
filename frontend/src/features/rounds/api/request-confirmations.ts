import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export async function requestConfirmations(id: string) {
  return unwrap(await api.POST('/api/rounds/{id}/confirmation-requests', { params: { path: { id } } }));
}

/** Mails the leaders who have not confirmed their respondent lists a link to do so; answers how many. */
export function useRequestConfirmations(id: string) {
  return useMutation({ mutationFn: () => requestConfirmations(id) });
}
