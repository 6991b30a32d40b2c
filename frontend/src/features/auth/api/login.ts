import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { LoginRequest, LoginResponse } from '@/lib/api/types';
import { meQueryKey } from '@/lib/auth/get-me';
import { setToken } from '@/lib/auth/token-storage';

export async function login(credentials: LoginRequest): Promise<LoginResponse> {
  return unwrap(await api.POST('/api/auth/login', { body: credentials }));
}

/** Logs in, keeps the token for this tab and seeds the current user so the landing page needs no extra call. */
export function useLogin({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      setToken(response.token);
      queryClient.setQueryData(meQueryKey, response.user);
      onSuccess();
    },
  });
}
