import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Chooses a password with the token from a welcome or reset link. */
export async function setPassword(body: { token: string; password: string }): Promise<void> {
  const result = await api.POST('/api/auth/password', { body });
  if (!result.response.ok) unwrap(result);
}

export function useSetPassword({ onSuccess }: { onSuccess: () => void }) {
  return useMutation({ mutationFn: setPassword, onSuccess });
}

/** Asks for a reset link; the answer is the same whether the e-mail is a login or not. */
export async function requestPasswordReset(email: string): Promise<void> {
  unwrap(await api.POST('/api/auth/password-reset', { body: { email } }));
}

export function useRequestPasswordReset({ onSuccess }: { onSuccess: () => void }) {
  return useMutation({ mutationFn: requestPasswordReset, onSuccess });
}
