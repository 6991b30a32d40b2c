import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Organisation, OrganisationInput } from '@/lib/api/types';

export const platformKeys = {
  organisations: () => ['platform', 'organisations'] as const,
};

export async function listOrganisations(): Promise<Organisation[]> {
  return unwrap(await api.GET('/api/organisations'));
}

export const organisationsQueryOptions = () =>
  queryOptions({ queryKey: platformKeys.organisations(), queryFn: listOrganisations });

export function useOrganisations() {
  return useQuery(organisationsQueryOptions());
}

export async function createOrganisation(body: OrganisationInput): Promise<Organisation> {
  return unwrap(await api.POST('/api/organisations', { body }));
}

export function useCreateOrganisation({ onSuccess }: { onSuccess: (created: Organisation) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: platformKeys.organisations() });
      onSuccess(created);
    },
  });
}

export async function deactivateOrganisation(id: string): Promise<void> {
  const result = await api.POST('/api/organisations/{id}/deactivate', { params: { path: { id } } });
  if (!result.response.ok) unwrap(result);
}

export function useDeactivateOrganisation({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateOrganisation,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: platformKeys.organisations() });
      onSuccess();
    },
  });
}

export async function resendAdminInvitation(id: string): Promise<number> {
  return unwrap(await api.POST('/api/organisations/{id}/admin-invitation', { params: { path: { id } } })).sent ?? 0;
}

export function useResendAdminInvitation() {
  return useMutation({ mutationFn: resendAdminInvitation });
}
