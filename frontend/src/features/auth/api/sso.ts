import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/api-error';
import type { LoginResponse, SsoOrganisation } from '@/lib/api/types';
import { meQueryKey } from '@/lib/auth/get-me';
import { setToken } from '@/lib/auth/token-storage';

/** The organisation whose single sign-on the login page offers (by slug, else by the e-mail's domain). */
export async function discoverSso(query: { slug?: string; email?: string }): Promise<SsoOrganisation | null> {
  try {
    return unwrap(await api.GET('/api/auth/sso/discover', { params: { query } }));
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function useSsoDiscovery(slug: string | null, emailDomain: string | null) {
  return useQuery({
    queryKey: ['sso', 'discover', slug, emailDomain],
    queryFn: () => discoverSso(slug ? { slug } : { email: `x@${emailDomain ?? ''}` }),
    enabled: slug !== null || emailDomain !== null,
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}

/** Trades the one-time code from a single sign-on for Pejling's token. */
export async function exchangeSsoCode(code: string): Promise<LoginResponse> {
  return unwrap(await api.POST('/api/auth/sso/exchange', { body: { code } }));
}

export function useSsoExchange({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: exchangeSsoCode,
    onSuccess: (response) => {
      setToken(response.token);
      queryClient.setQueryData(meQueryKey, response.user);
      onSuccess();
    },
  });
}
