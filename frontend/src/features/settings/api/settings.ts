import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Account, AuditEntry, SsoSettings, SsoSettingsInput } from '@/lib/api/types';

export const settingsKeys = {
  accounts: () => ['settings', 'accounts'] as const,
  sso: () => ['settings', 'sso'] as const,
  audit: () => ['settings', 'audit'] as const,
};

export async function listAccounts(): Promise<Account[]> {
  return unwrap(await api.GET('/api/accounts'));
}

export function useAccounts() {
  return useQuery({ queryKey: settingsKeys.accounts(), queryFn: listAccounts });
}

export async function resendWelcome(personId: string): Promise<void> {
  const result = await api.POST('/api/accounts/{personId}/welcome', { params: { path: { personId } } });
  if (!result.response.ok) unwrap(result);
}

export function useResendWelcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendWelcome,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: settingsKeys.accounts() }),
  });
}

export async function getSsoSettings(): Promise<SsoSettings> {
  return unwrap(await api.GET('/api/auth/sso-settings'));
}

export function useSsoSettings() {
  return useQuery({ queryKey: settingsKeys.sso(), queryFn: getSsoSettings });
}

export async function saveSsoSettings(body: SsoSettingsInput): Promise<SsoSettings> {
  return unwrap(await api.PUT('/api/auth/sso-settings', { body }));
}

export function useSaveSsoSettings({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSsoSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.sso(), saved);
      onSuccess();
    },
  });
}

const PAGE = 50;

export async function listAuditEntries(before: number | undefined): Promise<AuditEntry[]> {
  return unwrap(await api.GET('/api/audit', { params: { query: { limit: PAGE, ...(before ? { before } : {}) } } }));
}

/** The audit log, newest first, a page at a time. */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: settingsKeys.audit(),
    queryFn: ({ pageParam }) => listAuditEntries(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1]?.id : undefined),
  });
}
